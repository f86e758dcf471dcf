package io.ispflow.kernel.voucher;

/** An event in one voucher's life: every one names its voucher and its batch. */
public interface VoucherEvent {

    VoucherId voucherId();

    VoucherBatchId batchId();
}
