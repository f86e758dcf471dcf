package io.ispflow.command.voucher;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherCode;
import io.ispflow.kernel.voucher.VoucherId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link VoucherLives} in {@code voucher_life}; a voucher's code is found through its claim in {@code username_claim}. */
@Component
class JdbcVoucherLives implements VoucherLives {

    private final JdbcTemplate jdbc;

    JdbcVoucherLives(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void issued(VoucherBatchId batchId, TenantId tenantId, List<VoucherId> vouchers, Instant usableUntil) {
        UUID[] ids = vouchers.stream().map(VoucherId::value).toArray(UUID[]::new);
        jdbc.update("""
                INSERT INTO voucher_life (voucher_id, batch_id, tenant_id, usable, ends_at)
                SELECT voucher_id, ?, ?, true, ? FROM unnest(?::uuid[]) AS issued(voucher_id)""",
                statement -> {
                    statement.setObject(1, batchId.value());
                    statement.setObject(2, tenantId.value());
                    statement.setTimestamp(3, usableUntil == null ? null : Timestamp.from(usableUntil));
                    statement.setArray(4, statement.getConnection().createArrayOf("uuid", ids));
                });
    }

    @Override
    public void activeUntil(VoucherId voucherId, Instant expiresAt) {
        jdbc.update("UPDATE voucher_life SET ends_at = ? WHERE voucher_id = ?", Timestamp.from(expiresAt), voucherId.value());
    }

    @Override
    public void ended(VoucherId voucherId) {
        jdbc.update("UPDATE voucher_life SET usable = false, ends_at = NULL WHERE voucher_id = ?", voucherId.value());
    }

    @Override
    public void batchEnded(VoucherBatchId batchId) {
        jdbc.update("UPDATE voucher_life SET usable = false, ends_at = NULL WHERE batch_id = ? AND usable", batchId.value());
    }

    @Override
    public List<VoucherId> usableOf(VoucherBatchId batchId) {
        return jdbc.query("SELECT voucher_id FROM voucher_life WHERE batch_id = ? AND usable",
                (rs, row) -> VoucherId.of(rs.getObject(1, UUID.class)), batchId.value());
    }

    @Override
    public VoucherId withCode(TenantId tenantId, String code) {
        return valid(code).flatMap(valid -> jdbc.query("""
                        SELECT l.voucher_id FROM username_claim c JOIN voucher_life l ON l.voucher_id = c.voucher_id
                        WHERE c.username = ? AND l.tenant_id = ?""",
                (rs, row) -> VoucherId.of(rs.getObject(1, UUID.class)), valid.value(), tenantId.value()).stream().findFirst())
                .orElseThrow(() -> new NotFoundException("voucher"));
    }

    /** A malformed code is answered like an unknown one: the answer tells nothing about which codes exist. */
    private static Optional<VoucherCode> valid(String code) {
        try {
            return Optional.of(new VoucherCode(code));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public List<Due> dueAt(Instant now, int limit) {
        return jdbc.query("SELECT voucher_id, tenant_id FROM voucher_life WHERE ends_at <= ? ORDER BY ends_at LIMIT ?",
                (rs, row) -> new Due(VoucherId.of(rs.getObject(1, UUID.class)), TenantId.of(rs.getObject(2, UUID.class))),
                Timestamp.from(now), limit);
    }
}
