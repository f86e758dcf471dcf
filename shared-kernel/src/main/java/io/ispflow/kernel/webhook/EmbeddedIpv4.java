package io.ispflow.kernel.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The IPv4 address an IPv6 address carries, where it carries one a router would reach: mapped
 * ({@code ::ffff:a.b.c.d}), compatible ({@code ::a.b.c.d}), 6to4 ({@code 2002:aabb:ccdd::/48}) and NAT64
 * ({@code 64:ff9b::a.b.c.d}). Otherwise an address is judged as itself.
 */
final class EmbeddedIpv4 {

    private EmbeddedIpv4() {
    }

    static Optional<InetAddress> of(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != 16) {
            return Optional.empty();
        }
        if (zero(bytes, 0, 10) && ((bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || zero(bytes, 10, 12))) {
            return zero(bytes, 12, 15) && (bytes[15] == 0 || bytes[15] == 1)
                    ? Optional.empty()   // :: and ::1 are themselves
                    : v4(bytes, 12);
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            return v4(bytes, 2);
        }
        if (bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b && zero(bytes, 4, 12)) {
            return v4(bytes, 12);
        }
        return Optional.empty();
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<InetAddress> v4(byte[] bytes, int from) {
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
