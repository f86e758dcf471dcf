package io.ispflow.command.voucher;

import io.ispflow.command.pkg.ActivePackage;
import io.ispflow.command.pkg.PackageCatalog;
import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.subscriber.SubscriptionTerm;
import io.ispflow.kernel.voucher.IssueVoucherBatch;
import io.ispflow.kernel.voucher.RevokeVoucherBatch;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherBatchIssued;
import io.ispflow.kernel.voucher.VoucherBatchRevoked;
import io.ispflow.kernel.voucher.VoucherCode;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.kernel.voucher.VoucherIssued;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Vouchers issued together for one package, on the same terms. Issuing starts each {@link Voucher} as an aggregate of
 * its own ({@link VoucherStreams}), in the batch's transaction: one claim statement for every code, one key for every
 * seal, one append for every event. Revoking the batch revokes each of its vouchers still usable.
 */
@Aggregate
class VoucherBatch {

    @AggregateIdentifier
    private VoucherBatchId id;
    private TenantId tenantId;
    private boolean revoked;

    @CommandHandler
    VoucherBatch(IssueVoucherBatch cmd, PackageCatalog packages, VoucherCodes codes, VoucherLives lives,
                 PersonalDataVault vault, VoucherStreams streams, Clock clock) {
        ActivePackage pkg = packages.requireActive(cmd.tenantId(), cmd.packageId());
        Duration validity = validity(cmd, pkg);
        requireAhead(cmd.usableUntil(), clock.instant());
        BigDecimal price = cmd.price() != null ? cmd.price() : pkg.price();
        List<VoucherId> vouchers = Stream.generate(VoucherId::random).limit(cmd.count()).toList();
        Map<VoucherId, VoucherCode> claimed = codes.claim(vouchers, cmd.prefix(), cmd.codeLength());
        List<SealedValue> sealed = vault.sealAll(cmd.batchId().value(), new ArrayList<>(claimed.values()));
        lives.issued(cmd.batchId(), cmd.tenantId(), vouchers, cmd.usableUntil());
        apply(new VoucherBatchIssued(cmd.batchId(), cmd.tenantId(), cmd.packageId(), cmd.count(), cmd.prefix(),
                cmd.codeLength(), validity, price, cmd.usableUntil()));
        streams.start(IntStream.range(0, vouchers.size())
                .mapToObj(i -> new VoucherIssued(vouchers.get(i), cmd.batchId(), cmd.tenantId(), cmd.packageId(), i + 1,
                        sealed.get(i), validity, cmd.usableUntil()))
                .toList());
    }

    /** The batch's own hours, or else its package's days; a voucher without an end is not sold. */
    private static Duration validity(IssueVoucherBatch cmd, ActivePackage pkg) {
        if (cmd.validityHours() != null) {
            return Duration.ofHours(cmd.validityHours());
        }
        if (pkg.validityDays() == null) {
            throw new InvalidValueException("validityHours", "the package has no validity: give validityHours");
        }
        return Duration.ofDays(pkg.validityDays());
    }

    /** Unused codes lapse after they are issued, and within what RADIUS and the databases hold, as a subscription ends. */
    private static void requireAhead(Instant usableUntil, Instant now) {
        if (usableUntil != null && (!usableUntil.isAfter(now) || usableUntil.isAfter(now.plus(Duration.ofDays(SubscriptionTerm.MAX_DAYS))))) {
            throw new InvalidValueException("usableUntil", "usableUntil must be after now and within " + SubscriptionTerm.MAX_DAYS + " days");
        }
    }

    /** Revoking twice records nothing more. Another tenant's batch, or another aggregate's id, is not found. */
    @CommandHandler
    void handle(RevokeVoucherBatch cmd, BatchRevocation revocation) {
        if (!cmd.tenantId().equals(tenantId)) {
            throw new NotFoundException("voucher batch " + id);
        }
        String reason = FreeText.requiredLine("reason", cmd.reason(), Voucher.MAX_REASON);
        if (!revoked) {
            apply(new VoucherBatchRevoked(id, tenantId, reason));
            revocation.revokeUsable(id, tenantId, reason);
        }
    }

    @EventSourcingHandler
    void on(VoucherBatchIssued e) {
        id = e.batchId();
        tenantId = e.tenantId();
    }

    @EventSourcingHandler
    void on(VoucherBatchRevoked e) {
        revoked = true;
    }

    protected VoucherBatch() {
    }
}
