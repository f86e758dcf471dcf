package io.ispflow.sessions.control;

import io.ispflow.kernel.sessioncontrol.ControlKind;
import io.ispflow.kernel.sessioncontrol.ControlOutcome;
import org.aaa4j.radius.core.attribute.Attribute;
import org.aaa4j.radius.core.attribute.EnumData;
import org.aaa4j.radius.core.attribute.IntegerData;
import org.aaa4j.radius.core.attribute.Ipv4AddrData;
import org.aaa4j.radius.core.attribute.RawAttribute;
import org.aaa4j.radius.core.attribute.TextData;
import org.aaa4j.radius.core.attribute.attributes.AcctSessionId;
import org.aaa4j.radius.core.attribute.attributes.ErrorCause;
import org.aaa4j.radius.core.attribute.attributes.FramedIpAddress;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.attribute.attributes.SessionTimeout;
import org.aaa4j.radius.core.attribute.attributes.UserName;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodec;
import org.aaa4j.radius.core.packet.PacketCodecException;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RFC 5176 packets, encoded and read by aaa4j. aaa4j 0.4.0 computes the Request Authenticator of an
 * Accounting-Request only; a CoA-Request or Disconnect-Request gets it here, as section 2.3 says: MD5 over
 * the packet with 16 zero octets in its place, then the secret. The Message-Authenticator, which aaa4j
 * computes, is taken over those zero octets too (section 3.5), before the Request Authenticator is set.
 */
final class ControlPackets {

    static final int DISCONNECT_REQUEST = 40;
    static final int DISCONNECT_ACK = 41;
    static final int DISCONNECT_NAK = 42;
    static final int COA_REQUEST = 43;
    static final int COA_ACK = 44;
    static final int COA_NAK = 45;

    /** MikroTik's vendor id and its rate-limit attribute, which the standard dictionary does not know. */
    private static final int MIKROTIK = 14988;
    private static final int MIKROTIK_RATE_LIMIT = 8;
    private static final int VENDOR_SPECIFIC = 26;

    /** A request ready to send, and its Request Authenticator, which the answer is checked against. */
    record Signed(byte[] bytes, byte[] authenticator, int identifier) {
    }

    /** What the router answered. */
    record Answer(ControlOutcome outcome, Integer errorCause) {
    }

    private final PacketCodec codec = new PacketCodec(new StandardDictionary());

    /** Names the session as RFC 5176 section 3 does: User-Name, Acct-Session-Id and, when known, Framed-IP-Address. */
    synchronized Signed encode(ControlRequest request, byte[] secret) {
        List<Attribute<?>> attributes = new ArrayList<>(List.of(
                new UserName(new TextData(request.username())),
                new AcctSessionId(new TextData(request.sessionId()))));
        if (request.framedIp() instanceof Inet4Address ip) {
            attributes.add(new FramedIpAddress(new Ipv4AddrData(ip)));
        }
        if (request.kind() == ControlKind.COA) {
            attributes.add(mikrotikRateLimit(request.rateLimit()));
            if (request.sessionTimeout() != null) {
                attributes.add(new SessionTimeout(new IntegerData(request.sessionTimeout())));
            }
        }
        attributes.add(new MessageAuthenticator());
        int code = request.kind() == ControlKind.COA ? COA_REQUEST : DISCONNECT_REQUEST;
        try {
            byte[] bytes = codec.encodeRequest(new Packet(code, attributes), secret, new byte[16]);
            byte[] authenticator = md5(bytes, secret);
            System.arraycopy(authenticator, 0, bytes, 4, 16);
            return new Signed(bytes, authenticator, bytes[1] & 0xff);
        } catch (PacketCodecException e) {
            throw new IllegalStateException("cannot encode " + request.kind() + " for session " + request.sessionId(), e);
        }
    }

    /**
     * The router's answer to {@code sent}, or empty for a datagram that is not one: another identifier, a
     * wrong Response Authenticator or Message-Authenticator (a forgery, or the wrong secret), another code.
     */
    Optional<Answer> read(byte[] datagram, Signed sent, byte[] secret) {
        Packet answer;
        try {
            answer = codec.decodeResponse(datagram, secret, sent.authenticator());
        } catch (PacketCodecException | RuntimeException unreadable) {
            return Optional.empty();
        }
        if ((datagram[1] & 0xff) != sent.identifier()) {
            return Optional.empty();
        }
        int requestCode = sent.bytes()[0] & 0xff;
        Integer errorCause = answer.getAttribute(ErrorCause.class).map(cause -> cause.getData().getValue()).orElse(null);
        return switch (answer.getCode()) {
            case DISCONNECT_ACK, COA_ACK -> answer.getCode() == requestCode + 1
                    ? Optional.of(new Answer(ControlOutcome.ACK, null)) : Optional.empty();
            case DISCONNECT_NAK, COA_NAK -> answer.getCode() == requestCode + 2
                    ? Optional.of(new Answer(ControlOutcome.NAK, errorCause)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Vendor-Specific (26): vendor id, then MikroTik's own type, length and the text. */
    private static Attribute<?> mikrotikRateLimit(String rate) {
        byte[] text = rate.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(0);
        data.write((MIKROTIK >> 16) & 0xff);
        data.write((MIKROTIK >> 8) & 0xff);
        data.write(MIKROTIK & 0xff);
        data.write(MIKROTIK_RATE_LIMIT);
        data.write(text.length + 2);
        data.writeBytes(text);
        return new RawAttribute(VENDOR_SPECIFIC, data.toByteArray());
    }

    private static byte[] md5(byte[] packet, byte[] secret) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(packet);
            md5.update(secret);
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
