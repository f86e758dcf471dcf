package io.ispflow.server.freeradius;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** FreeRADIUS reads an unset variable as empty and may start anyway, so ispflow.env must set each one. */
class FreeRadiusDirectoryTest {

    private final FreeRadiusDirectory configuration = FreeRadiusDirectory.checkedIn();

    @Test
    void ispflowEnvSetsEveryVariableTheConfigurationReads() {
        assertThat(configuration.variablesRead()).isNotEmpty();
        assertThat(configuration.environment().keySet()).containsAll(configuration.variablesRead());
    }

    @Test
    void freeRadiusRunsInUtcBecauseExpirationIsWrittenInUtc() {
        assertThat(configuration.environment()).containsEntry("TZ", "UTC");
    }
}
