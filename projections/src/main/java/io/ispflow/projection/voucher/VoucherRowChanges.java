package io.ispflow.projection.voucher;

import io.ispflow.kernel.voucher.VoucherStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a batch of events does to {@code voucher_view}, kept in memory and written by {@link #write()} with a few
 * statements: the new vouchers as multi-row inserts (a batch of 10,000 is 10 statements, not 10,000), the status
 * changes of vouchers already stored as one update per kind of change. An insert overwrites a row with its id, so
 * a replayed VoucherIssued writes the row again rather than failing.
 */
final class VoucherRowChanges {

    private static final int ROWS_PER_STATEMENT = 1000;
    private static final String COLUMNS = "(id, batch_id, tenant_id, number, code, status, usable_until, activated_at, expires_at)";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A voucher row as the batch leaves it. */
    static final class NewVoucher {
        final UUID id;
        final UUID batchId;
        final UUID tenantId;
        final int number;
        final String code;
        final Instant usableUntil;
        final Change change = new Change(VoucherStatus.UNUSED);

        NewVoucher(UUID id, UUID batchId, UUID tenantId, int number, String code, Instant usableUntil) {
            this.id = id;
            this.batchId = batchId;
            this.tenantId = tenantId;
            this.number = number;
            this.code = code;
            this.usableUntil = usableUntil;
        }
    }

    /** A voucher's status and, once activated, its activation and expiry: what its later events set. */
    static final class Change {
        VoucherStatus status;
        Instant activatedAt;
        Instant expiresAt;

        Change(VoucherStatus status) {
            this.status = status;
        }

        private List<Object> key() {
            return Arrays.asList(status, activatedAt, expiresAt);
        }
    }

    private final JdbcTemplate jdbc;
    private final Map<UUID, NewVoucher> inserted = new LinkedHashMap<>();
    private final Map<UUID, Change> changed = new LinkedHashMap<>();

    VoucherRowChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewVoucher voucher) {
        inserted.put(voucher.id, voucher);
        changed.remove(voucher.id);
    }

    /** The voucher's change: on its new row if this batch inserts it, else an update of its stored row. */
    Change change(UUID voucher) {
        NewVoucher fresh = inserted.get(voucher);
        return fresh != null ? fresh.change : changed.computeIfAbsent(voucher, id -> new Change(null));
    }

    /** Writes the batch's net change in the caller's transaction. */
    void write() {
        writeInserts();
        writeChanges();
        inserted.clear();
        changed.clear();
    }

    private void writeInserts() {
        List<NewVoucher> rows = List.copyOf(inserted.values());
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<NewVoucher> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> values = new ArrayList<>(chunk.size() * 9);
            chunk.forEach(row -> values.addAll(Arrays.asList(row.id, row.batchId, row.tenantId, row.number, row.code,
                    row.change.status.name(), VoucherTime.utc(row.usableUntil), VoucherTime.utc(row.change.activatedAt),
                    VoucherTime.utc(row.change.expiresAt))));
            jdbc.update("INSERT INTO voucher_view " + COLUMNS + " VALUES " + String.join(", ", Collections.nCopies(chunk.size(), ROW))
                    + " ON CONFLICT (id) DO UPDATE SET batch_id = excluded.batch_id, tenant_id = excluded.tenant_id,"
                    + " number = excluded.number, code = excluded.code, status = excluded.status,"
                    + " usable_until = excluded.usable_until, activated_at = excluded.activated_at,"
                    + " expires_at = excluded.expires_at", values.toArray());
        }
    }

    /** Vouchers changed alike (a batch revoked: every voucher REVOKED) are updated by one statement. */
    private void writeChanges() {
        Map<List<Object>, List<UUID>> alike = new LinkedHashMap<>();
        changed.forEach((id, change) -> alike.computeIfAbsent(change.key(), key -> new ArrayList<>()).add(id));
        alike.forEach((key, ids) -> {
            Change change = changed.get(ids.get(0));
            int updated = jdbc.update("UPDATE voucher_view SET status = coalesce(?, status), activated_at = coalesce(?, activated_at),"
                    + " expires_at = coalesce(?, expires_at) WHERE id = ANY (?)", statement -> {
                statement.setString(1, change.status == null ? null : change.status.name());
                statement.setObject(2, VoucherTime.utc(change.activatedAt), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(3, VoucherTime.utc(change.expiresAt), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setArray(4, statement.getConnection().createArrayOf("uuid", ids.toArray()));
            });
            if (updated != ids.size()) {
                throw new IllegalStateException((ids.size() - updated) + " vouchers have events but no row");
            }
        });
    }
}
