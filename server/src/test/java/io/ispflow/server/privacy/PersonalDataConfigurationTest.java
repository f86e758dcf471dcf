package io.ispflow.server.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without a master key nothing could be sealed or read back, so the server does not start. */
class PersonalDataConfigurationTest {

    final PersonalDataConfiguration configuration = new PersonalDataConfiguration();

    @Test
    void noMasterKeyStopsTheStartWithAMessageThatSaysWhatToSet() {
        assertThatThrownBy(() -> configuration.masterKey(" ")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ISPFLOW_MASTER_KEY");
    }

    @Test
    void aMasterKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> configuration.masterKey("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }

    @Test
    void aMasterKeyOf32BytesIsTaken() {
        assertThat(configuration.masterKey("dGVzdC1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZHVjdGk=")).hasToString("MasterKey[***]");
    }
}
