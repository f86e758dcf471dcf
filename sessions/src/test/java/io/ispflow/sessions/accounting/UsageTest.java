package io.ispflow.sessions.accounting;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class UsageTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void whatGrewSinceTheLastReadIsTheDifference() {
        assertThat(new Usage(150, 300, 60).since(new Usage(100, 200, 30))).isEqualTo(new Usage(50, 100, 30));
    }

    @Test
    void theSameCountersReadAgainGrewByNothing() {
        assertThat(new Usage(150, 300, 60).since(new Usage(150, 300, 60)).isNone()).isTrue();
    }

    @Test
    void aCounterThatWentBackGrewByNothing() {
        assertThat(new Usage(10, 300, 60).since(new Usage(100, 200, 30))).isEqualTo(new Usage(0, 100, 30));
    }

    @Test
    void aRowIsReportedAtItsStopItsLastUpdateOrItsStart() {
        assertThat(row(null, null).reportedAt()).isEqualTo(START);
        assertThat(row(START.plusSeconds(300), null).reportedAt()).isEqualTo(START.plusSeconds(300));
        assertThat(row(START.plusSeconds(300), START.plusSeconds(400)).reportedAt()).isEqualTo(START.plusSeconds(400));
    }

    @Test
    void secondsOnlineAreTheRoutersOrElseTheTimestamps() {
        assertThat(row(START.plusSeconds(300), null).onlineSeconds()).isEqualTo(300);
        assertThat(new AccountingRow(1, "u", "s", "alice", "10.0.0.1", null, null, START, START.plusSeconds(300), null,
                null, 290L, 0, 0, null, START).onlineSeconds()).isEqualTo(290);
    }

    private static AccountingRow row(Instant updatedAt, Instant stoppedAt) {
        return new AccountingRow(1, "u", "s", "alice", "10.0.0.1", null, null, START, updatedAt, stoppedAt, null, null,
                0, 0, null, START);
    }
}
