package io.ispflow.command.subscriber;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.Ipv4Address;

/** Which addresses can be a subscriber's fixed address. */
final class StaticIps {

    private StaticIps() {
    }

    /** Refuses this-network (0/8), loopback (127/8), link-local (169.254/16), multicast and reserved (224/3) addresses. */
    static Ipv4Address requireUnicast(Ipv4Address ip) {
        int first = ip.bits() >>> 24;
        int second = ip.bits() >>> 16 & 0xff;
        if (first == 0 || first == 127 || first >= 224 || (first == 169 && second == 254)) {
            throw new InvalidValueException("staticIp", ip + " is not a unicast address a subscriber can use");
        }
        return ip;
    }
}
