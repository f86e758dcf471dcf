package io.ispflow.eventstore.processor;

import io.ispflow.eventstore.processor.StoredTokens.Segment;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How the report joins token tables and this process's processors. */
class ProcessorReportsTest {

    static final long HEAD = 100;

    @Test
    void aProcessorIsAsFarAsItsSlowestSegment() {
        ProcessorReport report = only(ProcessorReports.of(HEAD,
                Map.of("application", List.of(segment("read-model", 0, 90), segment("read-model", 1, 70))), Map.of(), List.of()));

        assertThat(report.position()).isEqualTo(70);
        assertThat(report.lag()).isEqualTo(30);
        assertThat(report.segments()).isEqualTo(2);
        assertThat(report.tokenDatabase()).isEqualTo("application");
        assertThat(report.inThisProcess()).isFalse();
        assertThat(report.running()).isNull();
    }

    @Test
    void aReplayTokenMeansReplaying() {
        TrackingToken replay = ReplayToken.createReplayToken(token(100), token(40));

        ProcessorReport report = only(ProcessorReports.of(HEAD,
                Map.of("radius", List.of(new Segment("radius", 0, replay))), Map.of(), List.of()));

        assertThat(report.replaying()).isTrue();
        assertThat(report.position()).isEqualTo(40);
        assertThat(report.lag()).isEqualTo(60);
    }

    @Test
    void aProcessorThatHasProcessedNothingLagsByTheWholeStore() {
        ProcessorReport report = only(ProcessorReports.of(HEAD,
                Map.of("application", List.of(new Segment("read-model", 0, null))), Map.of(), List.of()));

        assertThat(report.position()).isNull();
        assertThat(report.lag()).isEqualTo(HEAD);
    }

    @Test
    void aSubscribingProcessorHasNoPositionNorLag() {
        ProcessorReport report = only(ProcessorReports.of(HEAD, Map.of(), Map.of(),
                List.of(new ProcessorReports.Running("package-catalog", "subscribing", true, false, false, null))));

        assertThat(report.kind()).isEqualTo("subscribing");
        assertThat(report.position()).isNull();
        assertThat(report.lag()).isNull();
        assertThat(report.inThisProcess()).isTrue();
        assertThat(report.running()).isTrue();
    }

    @Test
    void aProcessorInThisProcessJoinsItsToken() {
        ProcessorReport report = only(ProcessorReports.of(HEAD,
                Map.of("application", List.of(segment("read-model", 0, 100))), Map.of(),
                List.of(new ProcessorReports.Running("read-model", "tracking", true, true, false, "java.sql.SQLException"))));

        assertThat(report.lag()).isZero();
        assertThat(report.error()).isTrue();
        assertThat(report.failure()).isEqualTo("java.sql.SQLException");
    }

    @Test
    void aProcessorCountsTheDeadLettersOfTheDatabaseItsTokenIsIn() {
        ProcessorReport report = only(ProcessorReports.of(HEAD, Map.of("radius", List.of(segment("radius", 0, 100))),
                Map.of("radius", Map.of("radius", 2L), "application", Map.of("radius", 7L)), List.of()));

        assertThat(report.deadLetters()).isEqualTo(2);
    }

    @Test
    void aTokenFoundInTwoDatabasesIsTakenFromTheFirst() {
        Map<String, List<Segment>> tokens = new LinkedHashMap<>();
        tokens.put("application", List.of(segment("radius", 0, 80)));
        tokens.put("radius", List.of(segment("radius", 0, 80)));

        ProcessorReport report = only(ProcessorReports.of(HEAD, tokens, Map.of(), List.of()));

        assertThat(report.tokenDatabase()).isEqualTo("application");
        assertThat(report.segments()).isEqualTo(1);
    }

    private static ProcessorReport only(List<ProcessorReport> reports) {
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    private static Segment segment(String processor, int segment, long position) {
        return new Segment(processor, segment, token(position));
    }

    private static TrackingToken token(long position) {
        return GapAwareTrackingToken.newInstance(position, Set.of());
    }
}
