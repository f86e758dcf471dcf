package io.ispflow.query;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A read waits until the read model's token has passed its position, whichever event store wrote the token. */
class ReadModelPositionTest {

    @Test
    void aJdbcTokenHasPassedAPositionUpToItsIndexThatIsNoGap() {
        GapAwareTrackingToken withAGap = GapAwareTrackingToken.newInstance(7, Set.of(5L));

        assertThat(ReadModelPosition.reached(withAGap, 4)).isTrue();
        assertThat(ReadModelPosition.reached(withAGap, 5)).isFalse();
        assertThat(ReadModelPosition.reached(GapAwareTrackingToken.newInstance(7, Set.of()), 7)).isTrue();
        assertThat(ReadModelPosition.reached(GapAwareTrackingToken.newInstance(7, Set.of()), 8)).isFalse();
    }

    /** A command that fails after its events were inserted leaves a gap that no commit ever fills. */
    @Test
    void aGapBelowThePositionDoesNotHoldUpItsRead() {
        assertThat(ReadModelPosition.reached(GapAwareTrackingToken.newInstance(7, Set.of(5L)), 7)).isTrue();
    }

    @Test
    void anAxonServerTokenHasPassedEveryPositionUpToItsSequenceNumber() {
        GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(7);

        assertThat(ReadModelPosition.reached(token, 7)).isTrue();
        assertThat(ReadModelPosition.reached(token, 0)).isTrue();
        assertThat(ReadModelPosition.reached(token, 8)).isFalse();
    }

    @Test
    void duringAReplayTheTokenCountsWhereTheReplayHasGot() {
        ReplayToken replaying = (ReplayToken) ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(100),
                new GlobalSequenceTrackingToken(7));

        assertThat(ReadModelPosition.reached(replaying, 7)).isTrue();
        assertThat(ReadModelPosition.reached(replaying, 50)).isFalse();
    }

    @Test
    void aReplayFromTheFirstEventHasPassedNothingYet() {
        ReplayToken fromTheStart = (ReplayToken) ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(100, Set.of()));

        assertThat(ReadModelPosition.reached(fromTheStart, 0)).isFalse();
        assertThat(ReadModelPosition.reached(fromTheStart, 100)).isFalse();
    }
}
