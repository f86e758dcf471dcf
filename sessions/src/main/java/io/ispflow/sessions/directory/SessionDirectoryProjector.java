package io.ispflow.sessions.directory;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberForgotten;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.Username;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whose a RADIUS username and a NAS address are, so that the accounting reader can give each session
 * its subscriber, router and tenant, and which package the subscriber is on, so that session control can
 * find the members of a package that changed; and a forgotten subscriber's sessions erased. A username is
 * the subscriber's for life but for a forget, after which another subscriber may take it; a tunnel address
 * is the router's until it is decommissioned. A username that arrives after its sessions (this processor
 * behind the accounting) is given to them then.
 */
@Component
@ProcessingGroup(SessionsProcessing.PROCESSING_GROUP)
class SessionDirectoryProjector {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    SessionDirectoryProjector(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** A subscriber forgotten since has no username to open: a replay leaves it out. */
    @EventHandler
    void on(SubscriberCreated e) {
        vault.open(e.subscriberId().value(), e.username(), Username.class).ifPresent(username -> {
            jdbc.update("""
                    INSERT INTO session_username (username, subscriber_id, tenant_id, package_id) VALUES (?, ?, ?, ?)
                    ON CONFLICT (username) DO UPDATE SET subscriber_id = EXCLUDED.subscriber_id, tenant_id = EXCLUDED.tenant_id,
                        package_id = EXCLUDED.package_id""",
                    username.value(), e.subscriberId().value(), e.tenantId().value(), e.packageId().value());
            jdbc.update("UPDATE accounting_session SET subscriber_id = ?, tenant_id = ? WHERE lower(username) = ? AND subscriber_id IS NULL",
                    e.subscriberId().value(), e.tenantId().value(), username.value());
        });
    }

    @EventHandler
    void on(SubscriberPackageChanged e) {
        jdbc.update("UPDATE session_username SET package_id = ? WHERE subscriber_id = ?", e.to().value(), e.subscriberId().value());
    }

    /**
     * The username, address and MAC of the subscriber's sessions are personal data in ispflow's own tables:
     * they go. A session FreeRADIUS updates later comes back as nobody's; the daily usage names only the id.
     */
    @EventHandler
    void on(SubscriberForgotten e) {
        jdbc.update("DELETE FROM session_username WHERE subscriber_id = ?", e.subscriberId().value());
        jdbc.update("DELETE FROM accounting_session WHERE subscriber_id = ?", e.subscriberId().value());
    }

    @EventHandler
    void on(RouterRegistered e) {
        jdbc.update("""
                INSERT INTO session_nas (nas_address, router_id, tenant_id) VALUES (?, ?, ?)
                ON CONFLICT (nas_address) DO UPDATE SET router_id = EXCLUDED.router_id, tenant_id = EXCLUDED.tenant_id""",
                e.tunnelAddress().toString(), e.routerId().value(), e.tenantId().value());
    }

    @EventHandler
    void on(RouterDecommissioned e) {
        jdbc.update("DELETE FROM session_nas WHERE router_id = ?", e.routerId().value());
    }

    /** A replay rebuilds the directory from the first event; the sessions already read keep their owners. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM session_username");
        jdbc.update("DELETE FROM session_nas");
    }
}
