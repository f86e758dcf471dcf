package io.ispflow.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An IPv4 address in dotted-quad form, held as its 32-bit value. */
public record Ipv4Address(int bits) {

    public static Ipv4Address of(int bits) {
        return new Ipv4Address(bits);
    }

    /** Parses strict dotted-quad text: four decimal octets, no leading zeros, nothing else. */
    @JsonCreator
    public static Ipv4Address parse(String text) {
        return parse("ip", text);
    }

    public static Ipv4Address parse(String field, String text) {
        String[] octets = text == null ? new String[0] : text.strip().split("\\.", -1);
        if (octets.length != 4) {
            throw new InvalidValueException(field, field + " must be an IPv4 address such as 192.0.2.10");
        }
        int bits = 0;
        for (String octet : octets) {
            if (!octet.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(octet) > 255) {
                throw new InvalidValueException(field, field + " must be an IPv4 address such as 192.0.2.10");
            }
            bits = bits << 8 | Integer.parseInt(octet);
        }
        return new Ipv4Address(bits);
    }

    @JsonValue
    @Override
    public String toString() {
        return (bits >>> 24) + "." + (bits >>> 16 & 0xff) + "." + (bits >>> 8 & 0xff) + "." + (bits & 0xff);
    }
}
