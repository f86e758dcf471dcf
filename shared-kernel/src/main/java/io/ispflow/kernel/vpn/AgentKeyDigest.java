package io.ispflow.kernel.vpn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 (hex) of an agent key: all that is ever stored of it. A plain digest is enough, as for routers'
 * API tokens: the key is 40 random letters and digits, which no one finds from its digest.
 */
public record AgentKeyDigest(@JsonValue String sha256) {

    public AgentKeyDigest {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an agent key's digest is 64 lower-case hex digits");
        }
    }

    @JsonCreator
    public static AgentKeyDigest parse(String sha256) {
        return new AgentKeyDigest(sha256);
    }

    public static AgentKeyDigest of(String key) {
        try {
            return new AgentKeyDigest(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
