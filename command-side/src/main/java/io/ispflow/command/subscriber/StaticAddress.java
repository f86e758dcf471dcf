package io.ispflow.command.subscriber;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberType;

import java.util.Optional;

/**
 * A subscriber's fixed address, and its rules: a STATIC subscriber has one and keeps one; it is a
 * unicast address that no other subscriber of the tenant holds (claimed in the registry, in the
 * transaction of the events); an address given up goes back to the tenant.
 *
 * @param ip null when the subscriber has none
 */
record StaticAddress(SubscriberType type, Ipv4Address ip) {

    /** A STATIC subscriber cannot sign up without its address. */
    static void requireFor(SubscriberType type, Ipv4Address ip) {
        if (type == SubscriberType.STATIC && ip == null) {
            throw new InvalidValueException("staticIp", "a STATIC subscriber needs a staticIp");
        }
    }

    /** Claims a new subscriber's address, if it signs up with one. */
    static void claim(Ipv4Address ip, TenantId tenantId, SubscriberId subscriber, StaticIpRegistry registry) {
        if (ip != null) {
            registry.claim(tenantId, requireUnicast(ip), subscriber);
        }
    }

    boolean holds(Ipv4Address other) {
        return other.equals(ip);
    }

    /** Claims {@code other} for the subscriber and gives back the address it held. */
    void moveTo(Ipv4Address other, TenantId tenantId, SubscriberId subscriber, StaticIpRegistry registry) {
        registry.claim(tenantId, requireUnicast(other), subscriber);
        giveBack(tenantId, registry);
    }

    /** Gives the address back, if there is one; a STATIC subscriber may only move to another. */
    Optional<Ipv4Address> release(TenantId tenantId, StaticIpRegistry registry) {
        if (type == SubscriberType.STATIC) {
            throw new InvalidValueException("staticIp", "a STATIC subscriber keeps its staticIp; assign another instead");
        }
        giveBack(tenantId, registry);
        return Optional.ofNullable(ip);
    }

    /** At termination whatever the type: the address is free for the tenant's next subscriber. */
    void giveBack(TenantId tenantId, StaticIpRegistry registry) {
        if (ip != null) {
            registry.release(tenantId, ip);
        }
    }

    StaticAddress assigned(Ipv4Address other) {
        return new StaticAddress(type, other);
    }

    StaticAddress released() {
        return new StaticAddress(type, null);
    }

    /** Refuses this-network (0/8), loopback (127/8), link-local (169.254/16), multicast and reserved (224/3) addresses. */
    private static Ipv4Address requireUnicast(Ipv4Address ip) {
        int first = ip.bits() >>> 24;
        int second = ip.bits() >>> 16 & 0xff;
        if (first == 0 || first == 127 || first >= 224 || (first == 169 && second == 254)) {
            throw new InvalidValueException("staticIp", ip + " is not a unicast address a subscriber can use");
        }
        return ip;
    }
}
