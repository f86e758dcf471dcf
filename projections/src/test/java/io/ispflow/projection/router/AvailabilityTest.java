package io.ispflow.projection.router;

import io.ispflow.kernel.router.RouterAvailability;
import io.ispflow.kernel.router.RouterAvailability.Outage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Uptime over a window from a router's transitions, as {@code /routers/{id}/availability} answers it. */
class AvailabilityTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    static Instant at(int hours) {
        return T0.plusSeconds(3600L * hours);
    }

    static RouterTransitions.Transition online(int hours) {
        return new RouterTransitions.Transition(at(hours), true);
    }

    static RouterTransitions.Transition offline(int hours) {
        return new RouterTransitions.Transition(at(hours), false);
    }

    @Test
    void anOutageInsideTheWindowCountsFromTheLastSignOfLifeToTheNext() {
        RouterAvailability measured = Availability.of(List.of(online(-5), offline(2), online(3)), at(0), at(10));

        assertThat(measured.uptimePercent()).isEqualTo(90.0);
        assertThat(measured.outages()).containsExactly(new Outage(at(2), at(3)));
    }

    @Test
    void anOutageStillGoingHasNoEndAndRunsToTheWindowsEnd() {
        RouterAvailability measured = Availability.of(List.of(online(0), offline(6)), at(0), at(8));

        assertThat(measured.uptimePercent()).isEqualTo(75.0);
        assertThat(measured.outages()).containsExactly(new Outage(at(6), null));
    }

    @Test
    void anOutageThatBeganBeforeTheWindowIsClippedToIt() {
        RouterAvailability measured = Availability.of(List.of(offline(-3), online(1)), at(0), at(4));

        assertThat(measured.uptimePercent()).isEqualTo(75.0);
        assertThat(measured.outages()).containsExactly(new Outage(at(0), at(1)));
    }

    /** A router seen once: it came online and fell silent at the same instant, and the events' order tells which came first. */
    @Test
    void aRouterSeenOnceIsOutFromThatMomentOn() {
        RouterAvailability measured = Availability.of(List.of(online(1), offline(1), online(3)), at(0), at(5));

        assertThat(measured.outages()).containsExactly(new Outage(at(1), at(3)));
        assertThat(measured.uptimePercent()).isEqualTo(50.0);
    }

    @Test
    void timeBeforeTheFirstSignOfLifeIsNotCounted() {
        assertThat(Availability.of(List.of(online(6)), at(0), at(10)).uptimePercent()).isEqualTo(100.0);
        assertThat(Availability.of(List.of(), at(0), at(10)).uptimePercent()).isNull();
    }
}
