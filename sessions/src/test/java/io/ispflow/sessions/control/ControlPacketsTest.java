package io.ispflow.sessions.control;

import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.sessioncontrol.ControlKind;
import io.ispflow.kernel.sessioncontrol.ControlOutcome;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.aaa4j.radius.core.attribute.Attribute;
import org.aaa4j.radius.core.attribute.EnumData;
import org.aaa4j.radius.core.attribute.attributes.ErrorCause;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodec;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bytes of RFC 5176's requests, and which answers count. */
class ControlPacketsTest {

    private static final byte[] SECRET = "s3cret-core-1".getBytes(StandardCharsets.UTF_8);
    private static final PacketCodec ROUTER = new PacketCodec(new StandardDictionary());

    private final ControlPackets packets = new ControlPackets();

    @Test
    void theRequestAuthenticatorIsTheMd5OfThePacketWithZeroesInItsPlaceAndTheSecret() throws Exception {
        ControlPackets.Signed signed = packets.encode(disconnect(), SECRET);

        byte[] zeroed = signed.bytes().clone();
        Arrays.fill(zeroed, 4, 20, (byte) 0);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(zeroed);
        md5.update(SECRET);
        assertThat(Arrays.copyOfRange(signed.bytes(), 4, 20)).isEqualTo(md5.digest()).isEqualTo(signed.authenticator());
        assertThat(signed.bytes()[0] & 0xff).isEqualTo(ControlPackets.DISCONNECT_REQUEST);
    }

    @Test
    void theMessageAuthenticatorIsTakenOverThePacketWithAZeroRequestAuthenticator() throws Exception {
        byte[] bytes = packets.encode(disconnect(), SECRET).bytes();

        int at = attribute(bytes, 80);
        byte[] zeroed = bytes.clone();
        Arrays.fill(zeroed, 4, 20, (byte) 0);
        Arrays.fill(zeroed, at + 2, at + 18, (byte) 0);
        Mac hmac = Mac.getInstance("HmacMD5");
        hmac.init(new SecretKeySpec(SECRET, "HmacMD5"));
        assertThat(Arrays.copyOfRange(bytes, at + 2, at + 18)).isEqualTo(hmac.doFinal(zeroed));
    }

    @Test
    void aCoaCarriesMikrotiksRateLimitAsAVendorAttributeAndTheSessionTimeout() throws Exception {
        byte[] bytes = packets.encode(coa(), SECRET).bytes();

        assertThat(bytes[0] & 0xff).isEqualTo(ControlPackets.COA_REQUEST);
        int vsa = attribute(bytes, 26);
        // vendor 14988 (MikroTik), its attribute 8 (Mikrotik-Rate-Limit), then the text
        assertThat(HexFormat.of().formatHex(bytes, vsa + 2, vsa + 8)).isEqualTo("00003a8c0808");
        assertThat(new String(bytes, vsa + 8, 6, StandardCharsets.US_ASCII)).isEqualTo("2M/10M");
        int timeout = attribute(bytes, 27);
        assertThat(HexFormat.of().formatHex(bytes, timeout + 2, timeout + 6)).isEqualTo("00015180");
    }

    @Test
    void anAckAndANakWithItsErrorCauseAreRead() throws Exception {
        ControlPackets.Signed signed = packets.encode(coa(), SECRET);

        assertThat(packets.read(answer(signed, ControlPackets.COA_ACK, List.of()), signed, SECRET))
                .contains(new ControlPackets.Answer(ControlOutcome.ACK, null));
        assertThat(packets.read(answer(signed, ControlPackets.COA_NAK, List.of(new ErrorCause(new EnumData(503)))), signed, SECRET))
                .contains(new ControlPackets.Answer(ControlOutcome.NAK, 503));
    }

    @Test
    void anAnswerSignedWithAnotherSecretOrToAnotherRequestIsNoAnswer() throws Exception {
        ControlPackets.Signed signed = packets.encode(disconnect(), SECRET);
        ControlPackets.Signed other = packets.encode(disconnect(), SECRET);

        byte[] forged = answer(signed, ControlPackets.DISCONNECT_ACK, List.of());
        assertThat(packets.read(forged, signed, "a-guess".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(packets.read(forged, other, SECRET)).isEmpty();
        // a CoA-ACK is no answer to a Disconnect-Request
        assertThat(packets.read(answer(signed, ControlPackets.COA_ACK, List.of()), signed, SECRET)).isEmpty();
        assertThat(packets.read(new byte[7], signed, SECRET)).isEmpty();
    }

    /** As a router answers: aaa4j's response encoding, with a Message-Authenticator. */
    private static byte[] answer(ControlPackets.Signed request, int code, List<Attribute<?>> attributes) throws Exception {
        List<Attribute<?>> all = new java.util.ArrayList<>(attributes);
        all.add(new MessageAuthenticator());
        return ROUTER.encodeResponse(new Packet(code, all), SECRET, request.identifier(), request.authenticator());
    }

    private static int attribute(byte[] packet, int type) {
        for (int offset = 20; offset < packet.length; offset += packet[offset + 1] & 0xff) {
            if ((packet[offset] & 0xff) == type) {
                return offset;
            }
        }
        throw new AssertionError("no attribute " + type);
    }

    private static ControlRequest disconnect() throws Exception {
        return new ControlRequest(1, "event-1", SubscriberId.random(), ControlKind.DISCONNECT, "SubscriberSuspended",
                "81a0001f", "alice", RouterId.random(), InetAddress.getByName("100.64.0.7"), null, null);
    }

    private static ControlRequest coa() throws Exception {
        return new ControlRequest(2, "event-2", SubscriberId.random(), ControlKind.COA, "SubscriberPackageChanged",
                "81a0001f", "alice", RouterId.random(), InetAddress.getByName("100.64.0.7"), "2M/10M", 86400);
    }
}
