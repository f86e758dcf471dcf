package io.ispflow.command.router;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.RouterId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the router an API token belongs to without opening every router's events: {@code router_api_token}
 * holds the SHA-256 of each active router's current token, kept by {@link RouterApiTokens}. A plain digest is
 * enough: the token is 40 random letters and digits (238 bits), which no one can find from its digest, so a
 * key would protect nothing more.
 */
@Component
class RouterApiTokenIndex {

    private static final String TOKEN = "[A-Za-z0-9]{" + RouterSecrets.API_TOKEN_LENGTH + "}";

    /** The router a valid token names. */
    record Holder(RouterId routerId, TenantId tenantId) {
    }

    private final JdbcTemplate jdbc;

    RouterApiTokenIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The active router whose current token this is; empty for anything else, a malformed header included. */
    Optional<Holder> holderOf(String presented) {
        if (presented == null || !presented.matches(TOKEN)) {
            return Optional.empty();
        }
        List<Holder> found = jdbc.query("SELECT router_id, tenant_id FROM router_api_token WHERE token_sha256 = ?",
                (rs, row) -> new Holder(RouterId.of(rs.getObject("router_id", UUID.class)),
                        TenantId.of(rs.getObject("tenant_id", UUID.class))),
                (Object) digest(presented));
        return found.stream().findFirst();
    }

    /**
     * A router registered before this index existed has no row until its setup script hands its token
     * out: that is the only way a router learns it. A row already there is newer and stays.
     */
    void handedOut(RouterId routerId, TenantId tenantId, String token) {
        jdbc.update("INSERT INTO router_api_token (token_sha256, router_id, tenant_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                digest(token), routerId.value(), tenantId.value());
    }

    /** The router's current token, replacing the one it had. */
    void record(RouterId routerId, TenantId tenantId, String token) {
        jdbc.update("""
                INSERT INTO router_api_token (token_sha256, router_id, tenant_id) VALUES (?, ?, ?)
                ON CONFLICT (router_id) DO UPDATE SET token_sha256 = excluded.token_sha256""",
                digest(token), routerId.value(), tenantId.value());
    }

    /** A decommissioned router's token opens nothing. */
    void remove(RouterId routerId) {
        jdbc.update("DELETE FROM router_api_token WHERE router_id = ?", routerId.value());
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
