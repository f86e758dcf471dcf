package io.ispflow.kernel.voucher;

import java.util.List;

/** One page of a batch's vouchers, in API.md's list shape. */
public record VoucherList(List<VoucherView> items, int page, int size, long total) {

    public VoucherList masked() {
        return new VoucherList(items.stream().map(VoucherView::masked).toList(), page, size, total);
    }
}
