package io.ispflow.projection.voucher;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherList;
import io.ispflow.kernel.voucher.VoucherStatus;
import io.ispflow.kernel.voucher.VoucherView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a batch's vouchers by number ({@code voucher_view_batch_number}), each with its status as at an instant: the
 * recorded one, but EXPIRED for an unused voucher past its usableUntil or an active one past its expiry.
 */
@Component
class Vouchers {

    private static final String STATUS_AT = """
            CASE WHEN status = 'UNUSED' AND usable_until <= ? THEN 'EXPIRED'
                 WHEN status = 'ACTIVE' AND expires_at <= ? THEN 'EXPIRED'
                 ELSE status END""";
    private static final RowMapper<VoucherView> VIEW = (rs, row) -> new VoucherView(rs.getObject("id", UUID.class),
            rs.getInt("number"), rs.getString("code"), VoucherStatus.valueOf(rs.getString("status_at")),
            VoucherTime.instant(rs.getTimestamp("activated_at")), VoucherTime.instant(rs.getTimestamp("expires_at")));

    private final JdbcTemplate jdbc;

    Vouchers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The batch is the caller's tenant's: the caller has found it. */
    VoucherList page(VoucherBatchId batch, VoucherStatus status, PageRequest page, Instant at) {
        String matching = "FROM (SELECT *, " + STATUS_AT + " AS status_at FROM voucher_view WHERE batch_id = ?) v"
                + (status == null ? "" : " WHERE status_at = ?");
        List<Object> args = new ArrayList<>(List.of(VoucherTime.utc(at), VoucherTime.utc(at), batch.value()));
        if (status != null) {
            args.add(status.name());
        }
        long total = jdbc.queryForObject("SELECT count(*) " + matching, Long.class, args.toArray());
        args.add(page.size());
        args.add(page.offset());
        List<VoucherView> items = jdbc.query("SELECT * " + matching + " ORDER BY number LIMIT ? OFFSET ?", VIEW, args.toArray());
        return new VoucherList(items, page.page(), page.size(), total);
    }

    /** Every voucher of the batch, for its CSV and cards. */
    List<VoucherView> all(VoucherBatchId batch, Instant at) {
        return jdbc.query("SELECT *, " + STATUS_AT + " AS status_at FROM voucher_view WHERE batch_id = ? ORDER BY number", VIEW,
                VoucherTime.utc(at), VoucherTime.utc(at), batch.value());
    }
}
