package io.ispflow.kernel.session;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStatusTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void anOpenSessionIsOnlineUntilItsStaleTime() {
        assertThat(SessionStatus.of(null, null, NOW.plusSeconds(1), NOW)).isEqualTo(SessionStatus.ONLINE);
        assertThat(SessionStatus.of(null, null, NOW, NOW)).isEqualTo(SessionStatus.STALE);
    }

    @Test
    void aSessionTheRouterStoppedIsStopped() {
        assertThat(SessionStatus.of(NOW, "User-Request", NOW.plusSeconds(600), NOW)).isEqualTo(SessionStatus.STOPPED);
    }

    @Test
    void aSessionClosedByTheRoutersRestartIsStale() {
        assertThat(SessionStatus.of(NOW, "NAS-Reboot", NOW.plusSeconds(600), NOW)).isEqualTo(SessionStatus.STALE);
    }
}
