package io.ispflow.radius;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.quota.QuotaRestoredBy;
import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;
import io.ispflow.kernel.quota.SubscriberQuotaRestored;
import io.ispflow.kernel.subscriber.StaticIpAssigned;
import io.ispflow.kernel.subscriber.StaticIpReleased;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberForgotten;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.subscriber.SubscriberReactivated;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.ispflow.radius.RadiusEvents.BASIC;
import static io.ispflow.radius.RadiusEvents.PREMIUM;
import static io.ispflow.radius.RadiusEvents.TENANT;
import static io.ispflow.radius.RadiusEvents.alice;
import static io.ispflow.radius.RadiusEvents.bob;
import static io.ispflow.radius.RadiusEvents.passwordChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What happens to a subscriber's RADIUS rows after sign-up, event by event. */
public interface SubscriberLifecycleContract extends RadiusTablesFixture {

    @Test
    default void aPackageChangeMovesTheUserToTheNewGroup() {
        SubscriberCreated alice = alice();
        apply(alice, new SubscriberPackageChanged(alice.subscriberId(), TENANT, BASIC, PREMIUM));

        assertThat(rows("SELECT groupname, priority FROM radusergroup WHERE username = 'alice'"))
                .containsExactly("pkg-" + PREMIUM + " 1");
    }

    @Test
    default void aNewPasswordReplacesTheOld() {
        SubscriberCreated alice = alice();
        apply(alice, passwordChanged(alice, "n3w-secret"));

        assertThat(rows("SELECT attribute, op, value FROM radcheck WHERE username = 'alice' AND attribute = 'Cleartext-Password'"))
                .containsExactly("Cleartext-Password := n3w-secret");
    }

    @Test
    default void aSuspendedUserIsRejectedWhateverItsGroupSays() {
        SubscriberCreated alice = alice();
        apply(alice, new SubscriberSuspended(alice.subscriberId(), TENANT, "unpaid"));

        assertThat(rows("SELECT attribute, op, value FROM radcheck WHERE username = 'alice' AND attribute = 'Auth-Type'"))
                .containsExactly("Auth-Type := Reject");
    }

    @Test
    default void aReactivatedUserLosesTheReject() {
        SubscriberCreated alice = alice();
        apply(alice, new SubscriberSuspended(alice.subscriberId(), TENANT, "unpaid"),
                new SubscriberReactivated(alice.subscriberId(), TENANT));

        assertThat(rows("SELECT attribute FROM radcheck WHERE username = 'alice'"))
                .containsExactlyInAnyOrder("Cleartext-Password", "Expiration");
    }

    @Test
    default void aUserAtTheFairUsageRateHasItInItsOwnReplyAheadOfItsGroups() {
        SubscriberCreated alice = alice();
        apply(alice, new SubscriberQuotaExhausted(alice.subscriberId(), TENANT, Instant.parse("2026-09-23T12:00:00Z"), 1_000,
                1_000, QuotaState.FAIR_USAGE, new RateLimit(1_000, 512)));

        assertThat(rows("SELECT attribute, op, value FROM radreply WHERE username = 'alice'"))
                .containsExactly("Mikrotik-Rate-Limit = 512k/1M");
    }

    @Test
    default void aUserBlockedByItsQuotaStaysRejectedWhenReactivatedAndASuspensionOutlivesTheRestore() {
        SubscriberCreated alice = alice();
        apply(alice, new SubscriberSuspended(alice.subscriberId(), TENANT, "unpaid"),
                new SubscriberQuotaExhausted(alice.subscriberId(), TENANT, Instant.parse("2026-09-23T12:00:00Z"), 1_000, 1_000,
                        QuotaState.BLOCKED, null),
                new SubscriberReactivated(alice.subscriberId(), TENANT));

        assertThat(rows("SELECT attribute, op, value FROM radcheck WHERE username = 'alice' AND attribute = 'Auth-Type'"))
                .containsExactly("Auth-Type = Reject");

        apply(new SubscriberSuspended(alice.subscriberId(), TENANT, "unpaid"),
                new SubscriberQuotaRestored(alice.subscriberId(), TENANT, BASIC, QuotaRestoredBy.TOP_UP));

        assertThat(rows("SELECT attribute, op, value FROM radcheck WHERE username = 'alice' AND attribute = 'Auth-Type'"))
                .containsExactly("Auth-Type := Reject");
    }

    @Test
    default void aRestoredUserIsBackToItsGroupsRate() {
        SubscriberCreated alice = alice();
        apply(alice, new SubscriberQuotaExhausted(alice.subscriberId(), TENANT, Instant.parse("2026-09-23T12:00:00Z"), 1_000,
                        1_000, QuotaState.FAIR_USAGE, new RateLimit(1_000, 512)),
                new SubscriberQuotaRestored(alice.subscriberId(), TENANT, BASIC, QuotaRestoredBy.RENEWAL));

        assertThat(rows("SELECT attribute FROM radreply WHERE username = 'alice'")).isEmpty();
    }

    @Test
    default void aRenewalMovesTheExpiration() {
        SubscriberCreated alice = alice();
        apply(alice, new SubscriptionRenewed(alice.subscriberId(), TENANT, Instant.parse("2026-10-23T12:00:00Z")));

        assertThat(rows("SELECT value FROM radcheck WHERE username = 'alice' AND attribute = 'Expiration'"))
                .containsExactly("23 Oct 2026 12:00:00");
    }

    @Test
    default void aFixedAddressIsAssignedAndReleased() {
        SubscriberCreated alice = alice();
        Ipv4Address ip = Ipv4Address.parse("198.51.100.9");

        apply(alice, new StaticIpAssigned(alice.subscriberId(), TENANT, ip));
        assertThat(rows("SELECT attribute, op, value FROM radreply WHERE username = 'alice'"))
                .containsExactly("Framed-IP-Address := 198.51.100.9");

        apply(new StaticIpReleased(alice.subscriberId(), TENANT, ip));
        assertThat(rows("SELECT attribute FROM radreply WHERE username = 'alice'")).isEmpty();
    }

    @Test
    default void aTerminatedSubscriberLeavesNothingBehind() {
        SubscriberCreated bob = bob();
        SubscriberCreated alice = alice();
        apply(alice, bob, new SubscriberSuspended(bob.subscriberId(), TENANT, "moving away"),
                new SubscriberTerminated(bob.subscriberId(), TENANT));

        assertThat(rows("SELECT username FROM radcheck UNION ALL SELECT username FROM radreply "
                + "UNION ALL SELECT username FROM radusergroup UNION ALL SELECT username FROM radius_user"))
                .isNotEmpty()
                .allMatch("alice"::equals);
    }

    /** A batch is written as its net change: a name released and taken again in it belongs to the new subscriber. */
    @Test
    default void aUsernameReleasedAndTakenAgainInOneBatchBelongsToItsNewSubscriber() {
        SubscriberCreated alice = alice();
        SubscriberCreated newAlice = alice();
        apply(alice, new SubscriberSuspended(alice.subscriberId(), TENANT, "moving away"),
                new SubscriberTerminated(alice.subscriberId(), TENANT), newAlice,
                new SubscriberPackageChanged(newAlice.subscriberId(), TENANT, BASIC, PREMIUM));

        assertThat(rows("SELECT attribute FROM radcheck WHERE username = 'alice' ORDER BY attribute"))
                .containsExactly("Cleartext-Password", "Expiration");
        assertThat(rows("SELECT groupname FROM radusergroup WHERE username = 'alice'")).containsExactly("pkg-" + PREMIUM);
        assertThat(rows("SELECT subscriber_id FROM radius_user")).containsExactly(newAlice.subscriberId().toString());
    }

    /** A replay after forgetting, as a rebuild does it: the subscriber's name and password no longer open. */
    @Test
    default void aForgottenSubscribersWholeLifeWritesNothingAndLeavesOthersAlone() {
        SubscriberCreated alice = alice();
        SubscriberCreated bob = bob();
        SubscriberPasswordChanged bobsNewPassword = passwordChanged(bob, "n3w-secret");
        TestVault.VAULT.forget(bob.subscriberId().value(), Instant.parse("2026-12-01T00:00:00Z"));

        apply(alice, bob, new SubscriberPackageChanged(bob.subscriberId(), TENANT, PREMIUM, BASIC),
                bobsNewPassword, new SubscriberSuspended(bob.subscriberId(), TENANT, "moving away"),
                new SubscriberTerminated(bob.subscriberId(), TENANT),
                new SubscriberForgotten(bob.subscriberId(), TENANT, Instant.parse("2026-12-01T00:00:00Z")));

        assertThat(rows("SELECT username FROM radcheck UNION ALL SELECT username FROM radreply "
                + "UNION ALL SELECT username FROM radusergroup UNION ALL SELECT username FROM radius_user"))
                .isNotEmpty()
                .allMatch("alice"::equals);
    }

    /** Without a key destroyed, a subscriber unknown to the RADIUS tables is a bug: the processor stops. */
    @Test
    default void anEventOfASubscriberNeverProjectedFailsUnlessItWasForgotten() {
        SubscriberCreated bob = bob();

        assertThatThrownBy(() -> apply(new SubscriberSuspended(bob.subscriberId(), TENANT, "unpaid")))
                .hasRootCauseMessage("subscriber " + bob.subscriberId() + " has no RADIUS user");
    }

    @Test
    default void replayingALifeGivesTheSameRows() {
        SubscriberCreated alice = alice();
        Object[] life = {alice,
                new SubscriberPackageChanged(alice.subscriberId(), TENANT, BASIC, PREMIUM),
                new SubscriberSuspended(alice.subscriberId(), TENANT, "unpaid"),
                new SubscriptionRenewed(alice.subscriberId(), TENANT, Instant.parse("2026-12-01T00:00:00Z")),
                new StaticIpAssigned(alice.subscriberId(), TENANT, Ipv4Address.parse("198.51.100.9"))};
        apply(life);
        var once = projectedState();

        apply(life);

        assertThat(projectedState()).isEqualTo(once);
    }
}
