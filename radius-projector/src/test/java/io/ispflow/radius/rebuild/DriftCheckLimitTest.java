package io.ispflow.radius.rebuild;

import io.ispflow.kernel.RateLimitedException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriftCheckLimitTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T09:00:00Z"));
    final DriftCheckLimit twoAnHour = new DriftCheckLimit(2, clock);

    @Test
    void aThirdCheckWithinTheHourIsRefusedUntilTheFirstLeavesTheWindow() {
        twoAnHour.take();
        clock.advance(Duration.ofMinutes(20));
        twoAnHour.take();
        clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(twoAnHour::take).isInstanceOfSatisfying(RateLimitedException.class,
                refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(30).toSeconds() + 1));
    }

    @Test
    void aCheckAnHourAgoNoLongerCounts() {
        twoAnHour.take();
        clock.advance(Duration.ofMinutes(20));
        twoAnHour.take();
        clock.advance(Duration.ofMinutes(40));

        assertThatCode(twoAnHour::take).doesNotThrowAnyException();
    }

    @Test
    void theLimitAllowsAtLeastOneCheck() {
        assertThatThrownBy(() -> new DriftCheckLimit(0, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
