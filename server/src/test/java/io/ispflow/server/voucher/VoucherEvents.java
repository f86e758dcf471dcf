package io.ispflow.server.voucher;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.voucher.VoucherActivated;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherBatchIssued;
import io.ispflow.kernel.voucher.VoucherBatchRevoked;
import io.ispflow.kernel.voucher.VoucherCode;
import io.ispflow.kernel.voucher.VoucherExpired;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.kernel.voucher.VoucherIssued;
import io.ispflow.kernel.voucher.VoucherRevoked;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Voucher events appended to the event store as the command side would record them, codes sealed with the batch's
 * key: the read model's specifications give events and read the answers back over HTTP.
 */
final class VoucherEvents {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A batch as issued: its id, its vouchers' ids and codes (in number order), and its validity. */
    record Batch(VoucherBatchId id, TenantId tenant, List<VoucherId> vouchers, List<String> codes, Duration validity) {
    }

    private final EventStore store;
    private final EventStorageEngine engine;
    private final PersonalDataVault vault;
    private final TransactionTemplate transaction;

    private VoucherEvents(EventStore store, EventStorageEngine engine, PersonalDataVault vault, PlatformTransactionManager transactions) {
        this.store = store;
        this.engine = engine;
        this.vault = vault;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Appends to the test server's event store, sealing with its vault. */
    static VoucherEvents of(ApplicationContext server) {
        return new VoucherEvents(server.getBean(EventStore.class), server.getBean(EventStorageEngine.class),
                server.getBean(PersonalDataVault.class), server.getBean(PlatformTransactionManager.class));
    }

    Batch issued(TenantId tenant, String packageId, int count, Duration validity, BigDecimal price, Instant usableUntil) {
        VoucherBatchId batch = VoucherBatchId.random();
        List<VoucherId> vouchers = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        PackageId pkg = PackageId.of(java.util.UUID.fromString(packageId));
        transaction.executeWithoutResult(t -> {
            append("VoucherBatch", batch.toString(), new VoucherBatchIssued(batch, tenant, pkg, count, "", 10, validity, price,
                    usableUntil));
            for (int number = 1; number <= count; number++) {
                VoucherId voucher = VoucherId.random();
                String code = randomCode();
                vouchers.add(voucher);
                codes.add(code);
                append("Voucher", voucher.toString(), new VoucherIssued(voucher, batch, tenant, pkg, number,
                        vault.seal(batch.value(), new VoucherCode(code)), validity, usableUntil));
            }
        });
        return new Batch(batch, tenant, vouchers, codes, validity);
    }

    /** The {@code index}th voucher (0-based) logged in first at {@code at}. */
    long activated(Batch batch, int index, Instant at) {
        return appended("Voucher", batch.vouchers().get(index).toString(), new VoucherActivated(batch.vouchers().get(index),
                batch.id(), batch.tenant(), at, at.plus(batch.validity())));
    }

    long expired(Batch batch, int index) {
        return appended("Voucher", batch.vouchers().get(index).toString(),
                new VoucherExpired(batch.vouchers().get(index), batch.id(), batch.tenant()));
    }

    long revoked(Batch batch, int index) {
        return appended("Voucher", batch.vouchers().get(index).toString(),
                new VoucherRevoked(batch.vouchers().get(index), batch.id(), batch.tenant(), "lost"));
    }

    /** The batch withdrawn, each of its vouchers not yet revoked or expired with its own VoucherRevoked, as the command side records it. */
    long batchRevoked(Batch batch, List<Integer> stillUsable) {
        transaction.executeWithoutResult(t -> {
            append("VoucherBatch", batch.id().toString(), new VoucherBatchRevoked(batch.id(), batch.tenant(), "stolen"));
            stillUsable.forEach(index -> append("Voucher", batch.vouchers().get(index).toString(),
                    new VoucherRevoked(batch.vouchers().get(index), batch.id(), batch.tenant(), "stolen")));
        });
        return head();
    }

    /** The event appended again, as a replay hands a projector an event it has seen. */
    long issuedAgain(Batch batch, int index, TenantId tenant, String packageId) {
        VoucherId voucher = batch.vouchers().get(index);
        return appended("Voucher", voucher.toString(), new VoucherIssued(voucher, batch.id(), tenant,
                PackageId.of(java.util.UUID.fromString(packageId)), index + 1,
                vault.seal(batch.id().value(), new VoucherCode(batch.codes().get(index))), batch.validity(), null));
    }

    long head() {
        return engine.createHeadToken().position().orElse(0);
    }

    private long appended(String type, String aggregate, Object event) {
        transaction.executeWithoutResult(t -> append(type, aggregate, event));
        return head();
    }

    private void append(String type, String aggregate, Object event) {
        long next = store.lastSequenceNumberFor(aggregate).orElse(-1L) + 1;
        store.publish(new GenericDomainEventMessage<>(type, aggregate, next, event));
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(VoucherCode.ALPHABET.charAt(RANDOM.nextInt(VoucherCode.ALPHABET.length())));
        }
        return code.toString();
    }
}
