package io.ispflow.command.operator;

import io.ispflow.command.tenant.TenantDirectory;
import io.ispflow.kernel.operator.OperatorCreated;
import io.ispflow.kernel.operator.OperatorPasswordChanged;
import io.ispflow.kernel.operator.OperatorPasswordRehashed;
import io.ispflow.kernel.operator.OperatorRemoved;
import io.ispflow.kernel.operator.OperatorRoleChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;


/**
 * The {@code operator} table that sign-in reads, kept in the same transaction as the operator's
 * events (a subscribing processor): a new password or role takes effect, and ends older sessions,
 * the moment the command succeeds. It shares the tenant directory's processor, so an owner's row
 * follows its tenant's.
 */
@Component
@ProcessingGroup(TenantDirectory.PROCESSING_GROUP)
class OperatorDirectory {

    private final JdbcTemplate jdbc;

    OperatorDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OperatorCreated e) {
        jdbc.update("""
                INSERT INTO operator (id, tenant_id, username, password_hash, role) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""",
                e.operatorId().value(), e.tenantId().value(), e.username(), e.passwordHash().value(), e.role().name());
    }

    @EventHandler
    void on(OperatorRoleChanged e) {
        jdbc.update("UPDATE operator SET role = ?, credentials_version = credentials_version + 1 WHERE id = ?",
                e.to().name(), e.operatorId().value());
    }

    @EventHandler
    void on(OperatorPasswordChanged e) {
        jdbc.update("UPDATE operator SET password_hash = ?, credentials_version = credentials_version + 1 WHERE id = ?",
                e.passwordHash().value(), e.operatorId().value());
    }

    /** The same password under a stronger hash: the credentials are unchanged, so no session ends. */
    @EventHandler
    void on(OperatorPasswordRehashed e) {
        jdbc.update("UPDATE operator SET password_hash = ? WHERE id = ?", e.passwordHash().value(), e.operatorId().value());
    }

    @EventHandler
    void on(OperatorRemoved e) {
        jdbc.update("UPDATE operator SET removed = true, credentials_version = credentials_version + 1 WHERE id = ?",
                e.operatorId().value());
    }
}
