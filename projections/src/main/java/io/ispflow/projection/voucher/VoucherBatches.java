package io.ispflow.projection.voucher;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.voucher.VoucherBatchList;
import io.ispflow.kernel.voucher.VoucherBatchView;
import io.ispflow.kernel.voucher.VoucherCounts;
import io.ispflow.kernel.voucher.VoucherBatchId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the tenant's batches, newest first ({@code voucher_batch_view_tenant_created}), with their package's name and counts. */
@Component
class VoucherBatches {

    /** A batch's row before its vouchers are counted. */
    private record Row(UUID id, UUID packageId, String packageName, int count, String prefix, long validitySeconds,
                       BigDecimal price, Instant usableUntil, Instant createdAt, Instant revokedAt) {

        VoucherBatchView counted(VoucherCounts counts) {
            return new VoucherBatchView(id, packageId, packageName, count, prefix, validitySeconds / 3600, price, usableUntil,
                    createdAt, revokedAt, counts.unused(), counts.active(), counts.expired(), counts.revoked());
        }
    }

    private static final String SELECT = """
            SELECT b.id, b.package_id, p.name AS package_name, b.count, b.prefix, b.validity_seconds, b.price, b.usable_until,
                   b.created_at, b.revoked_at
            FROM voucher_batch_view b LEFT JOIN package_view p ON p.id = b.package_id
            WHERE b.tenant_id = ?""";
    private static final VoucherCounts NONE = new VoucherCounts(0, 0, 0, 0);

    private final JdbcTemplate jdbc;
    private final VoucherTally tally;

    VoucherBatches(JdbcTemplate jdbc, VoucherTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
    }

    VoucherBatchList page(TenantId tenant, PageRequest page, Instant at) {
        List<Row> rows = jdbc.query(SELECT + " ORDER BY b.created_at DESC, b.id LIMIT ? OFFSET ?", (rs, n) -> row(rs),
                tenant.value(), page.size(), page.offset());
        long total = jdbc.queryForObject("SELECT count(*) FROM voucher_batch_view WHERE tenant_id = ?", Long.class, tenant.value());
        return new VoucherBatchList(counted(tenant, rows, at), page.page(), page.size(), total);
    }

    Optional<VoucherBatchView> one(TenantId tenant, VoucherBatchId batch, Instant at) {
        List<Row> rows = jdbc.query(SELECT + " AND b.id = ?", (rs, n) -> row(rs), tenant.value(), batch.value());
        return counted(tenant, rows, at).stream().findFirst();
    }

    boolean exists(TenantId tenant, VoucherBatchId batch) {
        return !jdbc.queryForList("SELECT 1 FROM voucher_batch_view WHERE tenant_id = ? AND id = ?", Integer.class, tenant.value(),
                batch.value()).isEmpty();
    }

    private List<VoucherBatchView> counted(TenantId tenant, List<Row> rows, Instant at) {
        Map<UUID, VoucherCounts> counts = tally.ofBatches(tenant, rows.stream().map(Row::id).toList(), at);
        return rows.stream().map(row -> row.counted(counts.getOrDefault(row.id(), NONE))).toList();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("package_id", UUID.class), rs.getString("package_name"),
                rs.getInt("count"), rs.getString("prefix"), rs.getLong("validity_seconds"), rs.getBigDecimal("price"),
                VoucherTime.instant(rs.getTimestamp("usable_until")), VoucherTime.instant(rs.getTimestamp("created_at")),
                VoucherTime.instant(rs.getTimestamp("revoked_at")));
    }
}
