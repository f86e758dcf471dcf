package io.ispflow.server.auth;

import io.ispflow.kernel.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtSecretTest {

    final SecureRandom random = new SecureRandom();

    @ParameterizedTest
    @ValueSource(strings = {
            "change-me-to-32-or-more-random-characters",          // compose.env.example's
            "CHANGEME-CHANGEME-CHANGEME-CHANGEME",
            "my-super-secret-jwt-signing-key-for-production",
            "this-is-an-example-key-of-thirty-two-chars",
            "please-replace-this-with-a-long-random-string",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "0123456789abcdef0123456789abcdef",
            "abcdefghijklmnopqrstuvwxyz0123456789",
            "zyxwvutsrqponmlkjihgfedcba9876543210",
            "abababababababababababababababab12",
            "aabbaabbabbaabababbbaaabababaabbbaab"})
    void placeholdersAndPatternsAreRefusedAtStartUp(String weak) {
        assertThatThrownBy(() -> new JwtSecret(weak)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ISPFLOW_JWT_SECRET").hasMessageContaining("openssl rand");
    }

    @Test
    void aSecretShorterThan32CharactersIsRefused() {
        assertThatThrownBy(() -> new JwtSecret(Base64.getEncoder().encodeToString(bytes(21)))).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("at least 32");
    }

    @Test
    void generatedSecretsAreTaken() {
        for (int i = 0; i < 2_000; i++) {
            assertThat(new JwtSecret(Base64.getEncoder().encodeToString(bytes(48))).key()).isNotNull();
            assertThat(new JwtSecret(Base64.getEncoder().encodeToString(bytes(24))).key()).isNotNull();
            assertThat(new JwtSecret(HexFormat.of().formatHex(bytes(16))).key()).isNotNull();
        }
    }

    @Test
    void theSecretNeverPrintsItself() {
        String value = Base64.getEncoder().encodeToString(bytes(48));

        assertThat(new JwtSecret(value).toString()).doesNotContain(value);
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
