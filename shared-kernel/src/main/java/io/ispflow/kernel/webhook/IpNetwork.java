package io.ispflow.kernel.webhook;

import io.ispflow.kernel.InvalidSettingException;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A block of addresses in CIDR notation ({@code 127.0.0.0/8}, {@code fc00::/7}), IPv4 or IPv6. */
public record IpNetwork(byte[] prefix, int bits) {

    /** @throws InvalidSettingException when the text is not an address literal with a prefix length */
    public static IpNetwork parse(String cidr) {
        String[] parts = cidr.strip().split("/");
        try {
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new NumberFormatException(cidr);
            }
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int bits = Integer.parseInt(parts[1]);
            if (bits < 0 || bits > address.length * 8) {
                throw new NumberFormatException(cidr);
            }
            return new IpNetwork(address, bits);
        } catch (NumberFormatException | UnknownHostException e) {
            throw new InvalidSettingException("'" + cidr + "' is not a network in CIDR notation",
                    "Write an address and a prefix length, such as 127.0.0.0/8 or fd00::/8.");
        }
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != prefix.length) {
            return false;
        }
        for (int bit = 0; bit < bits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
