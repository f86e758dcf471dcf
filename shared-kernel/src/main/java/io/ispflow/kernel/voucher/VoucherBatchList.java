package io.ispflow.kernel.voucher;

import java.util.List;

/** One page of the voucher batch list, in API.md's list shape. */
public record VoucherBatchList(List<VoucherBatchView> items, int page, int size, long total) {
}
