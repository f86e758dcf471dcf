package io.ispflow.server.freeradius;

import org.aaa4j.radius.core.attribute.Attribute;
import org.aaa4j.radius.core.attribute.Data;
import org.aaa4j.radius.core.attribute.EnumData;
import org.aaa4j.radius.core.attribute.IntegerData;
import org.aaa4j.radius.core.attribute.Ipv4AddrData;
import org.aaa4j.radius.core.attribute.TextData;
import org.aaa4j.radius.core.attribute.VsaData;
import org.aaa4j.radius.core.dictionary.Dictionary;
import org.aaa4j.radius.core.packet.Packet;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What FreeRADIUS answered a router: the kind of packet, or none, and its attributes by dictionary
 * name with their values as text, e.g. {@code Mikrotik-Rate-Limit=5M/20M}. The Message-Authenticator
 * is not among them: it signs the packet, and {@code signed} says whether it did so validly.
 */
public record RadiusAnswer(Kind kind, Map<String, String> attributes, boolean signed) {

    /** The packet FreeRADIUS sent back; NONE when it stayed silent, as it does to unknown clients. */
    public enum Kind { ACCESS_ACCEPT, ACCESS_REJECT, ACCOUNTING_RESPONSE, OTHER, NONE }

    private static final int MIKROTIK = 14988;
    /** The MikroTik attributes ispflow sends, by vendor type; the limits are integers. */
    private static final Map<Integer, String> MIKROTIK_ATTRIBUTES = Map.of(8, "Mikrotik-Rate-Limit",
            17, "Mikrotik-Total-Limit", 18, "Mikrotik-Total-Limit-Gigawords");
    private static final Set<Integer> MIKROTIK_INTEGERS = Set.of(17, 18);
    private static final int MESSAGE_AUTHENTICATOR = 80;

    static RadiusAnswer none() {
        return new RadiusAnswer(Kind.NONE, Map.of(), false);
    }

    static RadiusAnswer of(Packet packet, Dictionary dictionary, boolean signed) {
        Map<String, String> attributes = new TreeMap<>();
        for (Attribute<?> attribute : packet.getAttributes()) {
            if (attribute.getType().head() != MESSAGE_AUTHENTICATOR) {
                attributes.merge(name(attribute, dictionary), text(attribute.getData()), (a, b) -> a + "," + b);
            }
        }
        return new RadiusAnswer(kind(packet.getCode()), attributes, signed);
    }

    private static Kind kind(int code) {
        return switch (code) {
            case 2 -> Kind.ACCESS_ACCEPT;
            case 3 -> Kind.ACCESS_REJECT;
            case 5 -> Kind.ACCOUNTING_RESPONSE;
            default -> Kind.OTHER;
        };
    }

    /** aaa4j's dictionary knows the standard attributes; the vendor attributes ispflow uses are named here. */
    private static String name(Attribute<?> attribute, Dictionary dictionary) {
        if (attribute.getData() instanceof VsaData vsa) {
            String mikrotik = vsa.getVendorId() == MIKROTIK ? MIKROTIK_ATTRIBUTES.get(vsa.getVendorType()) : null;
            return mikrotik != null ? mikrotik : "Vendor-" + vsa.getVendorId() + "-" + vsa.getVendorType();
        }
        var definition = dictionary.getAttributeDefinition(attribute.getType());
        return definition == null ? "Attr-" + attribute.getType().head() : definition.getName();
    }

    private static String text(Data data) {
        if (data instanceof TextData text) {
            return text.getValue();
        }
        if (data instanceof IntegerData integer) {
            return Integer.toString(integer.getValue());
        }
        if (data instanceof EnumData value) {
            return Integer.toString(value.getValue());
        }
        if (data instanceof Ipv4AddrData address) {
            return address.getValue().getHostAddress();
        }
        if (data instanceof VsaData vsa && vsa.getVendorId() == MIKROTIK && MIKROTIK_INTEGERS.contains(vsa.getVendorType())) {
            return Long.toString(Integer.toUnsignedLong(ByteBuffer.wrap(vsa.getVsaData()).getInt()));
        }
        if (data instanceof VsaData vsa) {
            return new String(vsa.getVsaData(), StandardCharsets.UTF_8);
        }
        return data.toString();
    }
}
