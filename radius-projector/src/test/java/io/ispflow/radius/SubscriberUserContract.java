package io.ispflow.radius;

import org.junit.jupiter.api.Test;

import static io.ispflow.radius.RadiusEvents.BASIC;
import static io.ispflow.radius.RadiusEvents.PREMIUM;
import static io.ispflow.radius.RadiusEvents.alice;
import static io.ispflow.radius.RadiusEvents.bob;
import static org.assertj.core.api.Assertions.assertThat;

/** A subscriber is a RADIUS user: check items to get in, a package group, reply items of its own. */
public interface SubscriberUserContract extends RadiusTablesFixture {

    @Test
    default void passwordIsACheckItemThatSetsRatherThanCompares() {
        apply(alice());

        assertThat(rows("SELECT attribute, op, value FROM radcheck WHERE username = 'alice' "
                + "AND attribute = 'Cleartext-Password'")).containsExactly("Cleartext-Password := alice-secret");
    }

    @Test
    default void subscriptionEndIsAnExpirationInRlmExpirationsFormat() {
        apply(alice());

        assertThat(rows("SELECT attribute, op, value FROM radcheck WHERE username = 'alice' "
                + "AND attribute = 'Expiration'"))
                .containsExactly("Expiration := 23 Sep 2026 12:00:00");
    }

    @Test
    default void subscriptionWithoutEndHasNoExpiration() {
        apply(bob());

        assertThat(rows("SELECT attribute FROM radcheck WHERE username = 'bob'")).containsExactly("Cleartext-Password");
    }

    @Test
    default void subscriberJoinsItsPackagesGroupWithPriorityOne() {
        apply(alice(), bob());

        assertThat(rows("SELECT username, groupname, priority FROM radusergroup"))
                .containsExactlyInAnyOrder("alice pkg-" + BASIC + " 1", "bob pkg-" + PREMIUM + " 1");
    }

    @Test
    default void staticIpIsAFramedIpAddressReplyItem() {
        apply(bob());

        assertThat(rows("SELECT attribute, op, value FROM radreply WHERE username = 'bob'"))
                .containsExactly("Framed-IP-Address := 203.0.113.7");
    }

    @Test
    default void subscriberWithoutStaticIpHasNoReplyRows() {
        apply(alice());

        assertThat(rows("SELECT attribute FROM radreply")).isEmpty();
    }

    @Test
    default void reapplyingASubscriberLeavesTheSameRows() {
        apply(alice(), bob());
        var once = projectedState();

        apply(bob(), alice());

        assertThat(projectedState()).isEqualTo(once);
    }
}
