package io.ispflow.kernel.voucher;

import java.util.List;

/** Everything a batch's CSV and printable cards show: the batch, the ISP's (tenant's) name and every voucher, by number. */
public record VoucherPrintout(VoucherBatchView batch, String ispName, List<VoucherView> vouchers) {
}
