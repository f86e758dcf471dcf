package io.ispflow.projection.voucher;

import io.ispflow.kernel.voucher.FindVoucherBatch;
import io.ispflow.kernel.voucher.ListVoucherBatches;
import io.ispflow.kernel.voucher.ListVouchers;
import io.ispflow.kernel.voucher.PrintVoucherBatch;
import io.ispflow.kernel.voucher.VoucherBatchList;
import io.ispflow.kernel.voucher.VoucherBatchView;
import io.ispflow.kernel.voucher.VoucherList;
import io.ispflow.kernel.voucher.VoucherPrinting;
import io.ispflow.kernel.voucher.VoucherPrintout;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Answers voucher queries from the read model; another tenant's batch is answered as none. Codes go only to the roles
 * that print them ({@link VoucherPrinting}): masked in a list, refused as a printout.
 */
@Component
class VoucherQueries {

    private final VoucherBatches batches;
    private final Vouchers vouchers;
    private final JdbcTemplate jdbc;

    VoucherQueries(VoucherBatches batches, Vouchers vouchers, JdbcTemplate jdbc) {
        this.batches = batches;
        this.vouchers = vouchers;
        this.jdbc = jdbc;
    }

    @QueryHandler
    VoucherBatchList handle(ListVoucherBatches query) {
        return batches.page(query.tenantId(), query.page(), query.at());
    }

    @QueryHandler
    Optional<VoucherBatchView> handle(FindVoucherBatch query) {
        return batches.one(query.tenantId(), query.batchId(), query.at());
    }

    @QueryHandler
    Optional<VoucherList> handle(ListVouchers query) {
        if (!batches.exists(query.tenantId(), query.batchId())) {
            return Optional.empty();
        }
        VoucherList page = vouchers.page(query.batchId(), query.status(), query.page(), query.at());
        return Optional.of(VoucherPrinting.allows(query.viewer()) ? page : page.masked());
    }

    @QueryHandler
    Optional<VoucherPrintout> handle(PrintVoucherBatch query) {
        VoucherPrinting.require(query.viewer());
        return batches.one(query.tenantId(), query.batchId(), query.at()).map(batch -> new VoucherPrintout(batch,
                ispName(query),
                vouchers.all(query.batchId(), query.at())));
    }

    private String ispName(PrintVoucherBatch query) {
        return jdbc.queryForList("SELECT name FROM tenant_view WHERE id = ?", String.class, query.tenantId().value()).stream()
                   .findFirst().orElse("");
    }
}
