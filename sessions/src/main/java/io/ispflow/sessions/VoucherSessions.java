package io.ispflow.sessions;

import io.ispflow.kernel.voucher.VoucherId;

import java.util.List;

/** The open sessions of a voucher (its code's), as the accounting read so far shows them. */
public interface VoucherSessions {

    /** Every session of the voucher's code that has started and not stopped, stale ones included; none if unknown. */
    List<OpenSession> of(VoucherId voucherId);
}
