package io.ispflow.sessions.voucher;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.voucher.VoucherActivated;
import io.ispflow.kernel.voucher.VoucherCode;
import io.ispflow.kernel.voucher.VoucherIssued;
import io.ispflow.sessions.directory.SessionsProcessing;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which RADIUS username is a voucher's, so that its sessions get its tenant, its first login can activate it, and
 * its end can find its open sessions; and whether it is activated already. A voucher keeps its code for life.
 */
@Component
@ProcessingGroup(SessionsProcessing.PROCESSING_GROUP)
class VoucherDirectoryProjector {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    VoucherDirectoryProjector(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** The code is sealed with its batch's key; a forgotten batch's codes no longer open and are left out. */
    @EventHandler
    void on(VoucherIssued e) {
        vault.open(e.batchId().value(), e.code(), VoucherCode.class).ifPresent(code -> jdbc.update("""
                INSERT INTO session_voucher (username, voucher_id, tenant_id) VALUES (?, ?, ?)
                ON CONFLICT (username) DO UPDATE SET voucher_id = EXCLUDED.voucher_id, tenant_id = EXCLUDED.tenant_id,
                    activated = false""",
                code.asUsername().value(), e.voucherId().value(), e.tenantId().value()));
    }

    @EventHandler
    void on(VoucherActivated e) {
        jdbc.update("UPDATE session_voucher SET activated = true WHERE voucher_id = ?", e.voucherId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM session_voucher");
    }
}
