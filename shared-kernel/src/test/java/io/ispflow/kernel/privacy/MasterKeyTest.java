package io.ispflow.kernel.privacy;

import io.ispflow.kernel.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeyTest {

    /** Bytes 0 to 31: random enough for the rules, and a key whose id docs/security.md's openssl line reproduces. */
    static final String BYTES_0_TO_31 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @ParameterizedTest
    @ValueSource(strings = {
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",     // compose.env.example's
            "//////////////////////////////////////////8=",     // all 0xff
            "AAECAwQFBgcAAQIDBAUGBwABAgMEBQYHAAECAwQFBgc=",     // 0 to 7, four times
            "dGVzdC1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZHVjdGk=",     // "test-master-key-not-for-producti", the tests' old key
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="})    // "0123456789abcdef0123456789abcdef"
    void placeholdersPatternsAndPassphrasesAreRefusedAtStartUp(String weak) {
        assertThatThrownBy(() -> MasterKey.fromBase64(weak)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ISPFLOW_MASTER_KEY").hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void aMasterKeyIsExactly32BytesOfBase64() {
        assertThatThrownBy(() -> MasterKey.fromBase64("c2hvcnQ=")).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64!")).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("base64");
    }

    @Test
    void generatedKeysAreTaken() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(MasterKey.fromBase64(MasterKey.generate())).hasToString("MasterKey[***]");
        }
    }

    @Test
    void theIdNamesAKeyWithoutRevealingIt() {
        MasterKey key = MasterKey.fromBase64(BYTES_0_TO_31);

        assertThat(key.id()).isEqualTo("740654c6e7017b53").isEqualTo(MasterKey.fromBase64(BYTES_0_TO_31).id());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ids.add(MasterKey.fromBase64(MasterKey.generate()).id());
        }
        assertThat(ids).hasSize(100).allMatch(id -> id.matches("[0-9a-f]{16}"));
    }
}
