package io.ispflow.server.privacy;

import io.ispflow.kernel.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without a master key nothing could be sealed or read back, so the server does not start. */
class PersonalDataConfigurationTest {

    @Test
    void noMasterKeyStopsTheStartWithAMessageThatSaysWhatToSet() {
        assertThatThrownBy(() -> PersonalDataConfiguration.configured(" ")).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ISPFLOW_MASTER_KEY");
    }

    @Test
    void aMasterKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> PersonalDataConfiguration.configured("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }

    @Test
    void aMasterKeyOf32BytesIsTaken() {
        assertThat(PersonalDataConfiguration.configured("WKGB/cnqiv6Y3k34jcRg5wobp/1Pu/tAsKfGO7+3AZw=")).hasToString("MasterKey[***]");
    }
}
