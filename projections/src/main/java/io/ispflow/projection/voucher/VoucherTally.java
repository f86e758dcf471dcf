package io.ispflow.projection.voucher;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.voucher.VoucherCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts vouchers by status as at an instant, from {@code voucher_count} (the recorded statuses, kept by triggers)
 * and what time has done since: a batch's unused vouchers count as expired once its usableUntil has passed, and
 * an active voucher once its expiry has, before their VoucherExpired arrives (found by the partial index
 * {@code voucher_view_active_expiry}).
 */
@Component
public class VoucherTally {

    private final JdbcTemplate jdbc;

    VoucherTally(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's vouchers, every batch together: the dashboard's. */
    public VoucherCounts ofTenant(TenantId tenant, Instant at) {
        return byBatch(tenant, null, at).values().stream().reduce(new VoucherCounts(0, 0, 0, 0), VoucherTally::sum);
    }

    /** Each of these batches' vouchers; a batch with none recorded is left out. */
    Map<UUID, VoucherCounts> ofBatches(TenantId tenant, List<UUID> batches, Instant at) {
        return batches.isEmpty() ? Map.of() : byBatch(tenant, batches, at);
    }

    /** {@code batches} null: all the tenant's. */
    private Map<UUID, VoucherCounts> byBatch(TenantId tenant, List<UUID> batches, Instant at) {
        String onlyThese = batches == null ? "" : " AND batch_id IN (" + String.join(", ", Collections.nCopies(batches.size(), "?")) + ")";
        List<Object> these = batches == null ? List.of() : List.copyOf(batches);
        Map<UUID, VoucherCounts> counts = new HashMap<>();
        jdbc.query("""
                SELECT batch_id,
                       coalesce(sum(vouchers) FILTER (WHERE status = 'UNUSED' AND (b.usable_until IS NULL OR b.usable_until > ?)), 0),
                       coalesce(sum(vouchers) FILTER (WHERE status = 'ACTIVE'), 0),
                       coalesce(sum(vouchers) FILTER (WHERE status = 'EXPIRED' OR (status = 'UNUSED' AND b.usable_until <= ?)), 0),
                       coalesce(sum(vouchers) FILTER (WHERE status = 'REVOKED'), 0)
                FROM voucher_count JOIN voucher_batch_view b ON b.id = batch_id
                WHERE voucher_count.tenant_id = ?""" + onlyThese + " GROUP BY batch_id",
                rs -> {
                    counts.put(rs.getObject(1, UUID.class), new VoucherCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }, arguments(List.of(VoucherTime.utc(at), VoucherTime.utc(at), tenant.value()), these));
        jdbc.query("SELECT batch_id, count(*) FROM voucher_view WHERE tenant_id = ? AND status = 'ACTIVE' AND expires_at <= ?"
                + onlyThese + " GROUP BY batch_id", rs -> {
            long lapsed = rs.getLong(2);
            counts.computeIfPresent(rs.getObject(1, UUID.class), (batch, recorded) -> lapsed(recorded, lapsed));
        }, arguments(List.of(tenant.value(), VoucherTime.utc(at)), these));
        return counts;
    }

    private static Object[] arguments(List<Object> first, List<Object> then) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(then);
        return all.toArray();
    }

    private static VoucherCounts lapsed(VoucherCounts recorded, long activeLapsed) {
        return new VoucherCounts(recorded.unused(), recorded.active() - activeLapsed, recorded.expired() + activeLapsed,
                recorded.revoked());
    }

    private static VoucherCounts sum(VoucherCounts a, VoucherCounts b) {
        return new VoucherCounts(a.unused() + b.unused(), a.active() + b.active(), a.expired() + b.expired(),
                a.revoked() + b.revoked());
    }
}
