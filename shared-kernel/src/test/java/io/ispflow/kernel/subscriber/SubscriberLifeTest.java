package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.privacy.SealedValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A subscriber's life, given its events: its status, its end, and when its expiry is due. */
class SubscriberLifeTest {

    static final SubscriberId ALICE = SubscriberId.random();
    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant MONTH_END = Instant.parse("2026-12-23T10:00:00Z");
    static final Instant NEXT_MONTH_END = Instant.parse("2027-01-22T10:00:00Z");
    static final SealedValue SEALED = SealedValue.legacy("\"x\"");

    @Test
    void aNewSubscriberIsActiveUntilItsEnd() {
        SubscriberLife life = given(signedUp(MONTH_END));

        assertThat(life.status()).isEqualTo(SubscriberStatus.ACTIVE);
        assertThat(life.expiresAt()).isEqualTo(MONTH_END);
        assertThat(life.pendingEnd()).isEqualTo(MONTH_END);
    }

    @Test
    void aSuspendedSubscriberIsActiveAgainOnceReactivated() {
        assertThat(given(signedUp(MONTH_END), suspended()).status()).isEqualTo(SubscriberStatus.SUSPENDED);
        assertThat(given(signedUp(MONTH_END), suspended(), reactivated()).status()).isEqualTo(SubscriberStatus.ACTIVE);
    }

    @Test
    void anExpiredSubscriberIsActiveAgainOnceRenewedAndEndsAtTheNewEnd() {
        assertThat(given(signedUp(MONTH_END), expired()).status()).isEqualTo(SubscriberStatus.EXPIRED);

        SubscriberLife renewed = given(signedUp(MONTH_END), expired(), renewedUntil(NEXT_MONTH_END));

        assertThat(renewed.status()).isEqualTo(SubscriberStatus.ACTIVE);
        assertThat(renewed.expiresAt()).isEqualTo(NEXT_MONTH_END);
    }

    @Test
    void suspensionOutranksExpiryAndOutlastsIt() {
        assertThat(given(signedUp(MONTH_END), expired(), suspended()).status()).isEqualTo(SubscriberStatus.SUSPENDED);
        assertThat(given(signedUp(MONTH_END), suspended(), expired(), reactivated()).status())
                .isEqualTo(SubscriberStatus.EXPIRED);
        assertThat(given(signedUp(MONTH_END), suspended(), expired(), renewedUntil(NEXT_MONTH_END)).status())
                .isEqualTo(SubscriberStatus.SUSPENDED);
    }

    @Test
    void terminationOutranksEverything() {
        assertThat(given(signedUp(MONTH_END), suspended(), expired(), terminated()).status())
                .isEqualTo(SubscriberStatus.TERMINATED);
    }

    @Test
    void eventsOutsideTheLifeLeaveItAsItWas() {
        SubscriberLife suspended = given(signedUp(MONTH_END), suspended());

        assertThat(suspended.after(new SubscriberPasswordChanged(ALICE, TENANT, SEALED))
                .after(new StaticIpAssigned(ALICE, TENANT, Ipv4Address.parse("10.0.0.9")))
                .after(new SubscriberPackageChanged(ALICE, TENANT, PackageId.random(), PackageId.random())))
                .isEqualTo(suspended);
    }

    @Test
    void theExpiryIsDueFromTheEndOnwardsAndOnlyOnce() {
        SubscriberLife life = given(signedUp(MONTH_END));

        assertThat(life.endedBy(MONTH_END.minusSeconds(1))).isFalse();
        assertThat(life.endedBy(MONTH_END)).isTrue();
        assertThat(life.after(expired()).endedBy(MONTH_END)).isFalse();
        assertThat(life.after(expired()).pendingEnd()).isNull();
    }

    @Test
    void noExpiryIsDueWithoutAnEndOrAfterTermination() {
        assertThat(given(signedUp(null)).endedBy(NOW)).isFalse();
        assertThat(given(signedUp(NOW), terminated()).endedBy(NOW)).isFalse();
        assertThat(given(signedUp(NOW), terminated()).pendingEnd()).isNull();
    }

    @Test
    void aSuspendedSubscriberStillExpires() {
        assertThat(given(signedUp(NOW), suspended()).endedBy(NOW)).isTrue();
    }

    private static SubscriberLife given(SubscriberCreated created, SubscriberEvent... events) {
        SubscriberLife life = SubscriberLife.signedUp(created);
        for (SubscriberEvent event : events) {
            life = life.after(event);
        }
        return life;
    }

    private static SubscriberCreated signedUp(Instant expiresAt) {
        return new SubscriberCreated(ALICE, TENANT, "1", SEALED, SEALED, SubscriberType.PPPOE, PackageId.random(),
                null, expiresAt, SEALED);
    }

    private static SubscriberSuspended suspended() {
        return new SubscriberSuspended(ALICE, TENANT, "unpaid");
    }

    private static SubscriberReactivated reactivated() {
        return new SubscriberReactivated(ALICE, TENANT);
    }

    private static SubscriptionRenewed renewedUntil(Instant end) {
        return new SubscriptionRenewed(ALICE, TENANT, end);
    }

    private static SubscriptionExpired expired() {
        return new SubscriptionExpired(ALICE, TENANT, MONTH_END);
    }

    private static SubscriberTerminated terminated() {
        return new SubscriberTerminated(ALICE, TENANT);
    }
}
