package io.ispflow.radius.voucher;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.voucher.VoucherActivated;
import io.ispflow.kernel.voucher.VoucherCode;
import io.ispflow.kernel.voucher.VoucherEvent;
import io.ispflow.kernel.voucher.VoucherExpired;
import io.ispflow.kernel.voucher.VoucherIssued;
import io.ispflow.kernel.voucher.VoucherRevoked;
import io.ispflow.radius.AttributeSet;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import io.ispflow.radius.RadiusTables;
import io.ispflow.radius.UserRowChanges;
import io.ispflow.radius.pkg.RadiusGroup;
import io.ispflow.radius.subscriber.ExpirationDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.BiConsumer;

import static io.ispflow.radius.RadiusAttribute.AUTH_TYPE;
import static io.ispflow.radius.RadiusAttribute.CLEARTEXT_PASSWORD;
import static io.ispflow.radius.RadiusAttribute.EXPIRATION;
import static io.ispflow.radius.RadiusAttribute.SIMULTANEOUS_USE;

/**
 * Gives each voucher a RADIUS user: its code as user name and password, its package's group, one device unless the
 * group allows more, and an {@code Expiration} (the batch's usableUntil while unused, the end of its validity once
 * activated). An expired or revoked voucher is rejected outright ({@code Auth-Type := Reject}), whatever its
 * Expiration says. Its rows go with the subscribers' in the batch's {@link UserRowChanges}, so a batch of ten
 * thousand VoucherIssued is a handful of multi-row statements.
 * <p>
 * {@code VoucherBatchRevoked} is not handled: each voucher of the batch still usable records its own
 * {@link VoucherRevoked}.
 */
@Component
@ProcessingGroup(RadiusProjectorConfiguration.PROCESSING_GROUP)
public class RadiusVoucherProjector {

    /**
     * The user's own device limit. The package group's {@code Simultaneous-Use :=}, when the package sets one, is
     * merged after the user's check items and replaces it: so a voucher is held to its package's limit, or to one.
     */
    static final String ONE_DEVICE = "1";

    private final RadiusDatabase radius;
    private final RadiusTables tables;
    private final PersonalDataVault vault;

    /** The live processor's projector, writing the tables FreeRADIUS reads. */
    @Autowired
    public RadiusVoucherProjector(RadiusDatabase radius, PersonalDataVault vault) {
        this(radius, RadiusTables.LIVE, vault);
    }

    public RadiusVoucherProjector(RadiusDatabase radius, RadiusTables tables, PersonalDataVault vault) {
        this.radius = radius;
        this.tables = tables;
        this.vault = vault;
    }

    /** The code is sealed with its batch's key; a forgotten batch's codes no longer open and get no rows. */
    @EventHandler
    public void on(VoucherIssued event) {
        Optional<VoucherCode> code = vault.open(event.batchId().value(), event.code(), VoucherCode.class);
        if (code.isEmpty()) {
            return;
        }
        String username = code.get().asUsername().value();
        UserRowChanges rows = UserRowChanges.ofCurrentBatch(radius, tables);
        rows.remember(event.voucherId().value(), code.get().asUsername());
        rows.replace(username, new AttributeSet()
                .with(CLEARTEXT_PASSWORD, code.get().value())
                .with(SIMULTANEOUS_USE, ONE_DEVICE)
                .with(EXPIRATION, event.usableUntil() == null ? null : ExpirationDate.format(event.usableUntil())));
        rows.joinGroup(username, RadiusGroup.of(event.packageId()).name());
    }

    /** From the first login the validity counts, not the batch's usableUntil. */
    @EventHandler
    public void on(VoucherActivated event) {
        withUser(event, (rows, username) -> rows.put(username, EXPIRATION, ExpirationDate.format(event.expiresAt())));
    }

    /** The Expiration has passed already; the reject does not depend on the clocks agreeing. */
    @EventHandler
    public void on(VoucherExpired event) {
        withUser(event, (rows, username) -> rows.put(username, AUTH_TYPE, "Reject"));
    }

    @EventHandler
    public void on(VoucherRevoked event) {
        withUser(event, (rows, username) -> rows.put(username, AUTH_TYPE, "Reject"));
    }

    /** A voucher without a RADIUS user must belong to a forgotten batch; anything else is a bug worth stopping for. */
    private void withUser(VoucherEvent event, BiConsumer<UserRowChanges, String> write) {
        UserRowChanges rows = UserRowChanges.ofCurrentBatch(radius, tables);
        Optional<String> username = rows.username(event.voucherId().value());
        if (username.isPresent()) {
            write.accept(rows, username.get());
        } else if (!vault.forgotten(event.batchId().value())) {
            throw new IllegalStateException("voucher " + event.voucherId() + " has no RADIUS user");
        }
    }

}
