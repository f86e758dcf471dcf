package io.ispflow.command.router;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.router.RouterApiTokenRotated;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
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
 * holds the SHA-256 of each active router's current token, kept in the same transaction as the router's
 * events (a subscribing processor), so a rotated token or a decommissioned router's opens nothing from
 * the moment its command returns. A plain digest is enough: the token is 40 random letters and digits
 * (238 bits), which no one can find from its digest, so a key would protect nothing more.
 */
@Component
@ProcessingGroup(RouterApiTokens.PROCESSING_GROUP)
class RouterApiTokens {

    static final String PROCESSING_GROUP = "router-api-tokens";
    private static final String TOKEN = "[A-Za-z0-9]{" + RouterSecrets.API_TOKEN_LENGTH + "}";

    /** The router a valid token names. */
    record Holder(RouterId routerId, TenantId tenantId) {
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    RouterApiTokens(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    @EventHandler
    void on(RouterRegistered e) {
        record(e.routerId(), e.tenantId(), opened(e.routerId(), e.apiToken()));
    }

    @EventHandler
    void on(RouterApiTokenRotated e) {
        record(e.routerId(), e.tenantId(), opened(e.routerId(), e.apiToken()));
    }

    @EventHandler
    void on(RouterDecommissioned e) {
        jdbc.update("DELETE FROM router_api_token WHERE router_id = ?", e.routerId().value());
    }

    /**
     * A router registered before this index existed has no row until its setup script hands its token
     * out: that is the only way a router learns it. A row already there is newer and stays.
     */
    void handedOut(RouterId routerId, TenantId tenantId, String token) {
        jdbc.update("INSERT INTO router_api_token (token_sha256, router_id, tenant_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                digest(token), routerId.value(), tenantId.value());
    }

    /** Routers are never forgotten, so their key is always there. */
    private String opened(RouterId id, SealedValue token) {
        return vault.open(id.value(), token, String.class)
                .orElseThrow(() -> new IllegalStateException("router " + id + " has no key"));
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

    private void record(RouterId routerId, TenantId tenantId, String token) {
        jdbc.update("""
                INSERT INTO router_api_token (token_sha256, router_id, tenant_id) VALUES (?, ?, ?)
                ON CONFLICT (router_id) DO UPDATE SET token_sha256 = excluded.token_sha256""",
                digest(token), routerId.value(), tenantId.value());
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
