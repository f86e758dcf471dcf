package io.ispflow.command.vpn;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.vpn.AgentKeyDigest;
import io.ispflow.kernel.vpn.AgentKeyId;
import io.ispflow.kernel.vpn.AgentKeyList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code vpn_agent_key}: each agent key's digest, tenant and state, so a heartbeat finds its tenant without
 * opening every key's events. Kept by {@link AgentKeys} in the command's transaction: a revoked key opens nothing
 * from the moment its command returns.
 */
@Component
class AgentKeyIndex {

    /** Keys are made by {@code RouterSecrets.apiToken()}: anything else is not looked up. */
    private static final String KEY = "[A-Za-z0-9]{40}";

    /** The tenant whose active key this is. */
    record Holder(AgentKeyId agentKeyId, TenantId tenantId) {
    }

    private final JdbcTemplate jdbc;

    AgentKeyIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Holder> holderOf(String presented) {
        if (presented == null || !presented.matches(KEY)) {
            return Optional.empty();
        }
        return jdbc.query("SELECT agent_key_id, tenant_id FROM vpn_agent_key WHERE key_sha256 = ? AND revoked_at IS NULL",
                (rs, row) -> new Holder(AgentKeyId.of(rs.getObject(1, UUID.class)), TenantId.of(rs.getObject(2, UUID.class))),
                AgentKeyDigest.of(presented).sha256()).stream().findFirst();
    }

    void created(AgentKeyId id, TenantId tenantId, AgentKeyDigest digest, Instant at) {
        jdbc.update("INSERT INTO vpn_agent_key (agent_key_id, tenant_id, key_sha256, created_at) VALUES (?, ?, ?, ?)",
                id.value(), tenantId.value(), digest.sha256(), Timestamp.from(at));
    }

    void revoked(AgentKeyId id, Instant at) {
        jdbc.update("UPDATE vpn_agent_key SET revoked_at = ? WHERE agent_key_id = ?", Timestamp.from(at), id.value());
    }

    List<AgentKeyList.Item> of(TenantId tenantId) {
        return jdbc.query("""
                        SELECT agent_key_id, created_at, revoked_at FROM vpn_agent_key WHERE tenant_id = ?
                        ORDER BY created_at DESC, agent_key_id""",
                (rs, row) -> new AgentKeyList.Item(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant).orElse(null)),
                tenantId.value());
    }
}
