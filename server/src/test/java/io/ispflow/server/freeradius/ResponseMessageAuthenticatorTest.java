package io.ispflow.server.freeradius;

import org.aaa4j.radius.core.attribute.TextData;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.attribute.attributes.ReplyMessage;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodec;
import org.aaa4j.radius.core.packet.PacketCodecException;
import org.aaa4j.radius.core.packet.packets.AccessAccept;
import org.aaa4j.radius.core.packet.packets.AccessReject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The check a RouterOS 7.15+ router makes of an answer to its Access-Request (RFC 3579 §3.2). */
class ResponseMessageAuthenticatorTest {

    private static final byte[] SECRET = "Secret0123456789abcdefgh".getBytes(StandardCharsets.UTF_8);
    private static final byte[] REQUEST_AUTHENTICATOR = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int IDENTIFIER = 42;

    private final PacketCodec codec = new PacketCodec(new StandardDictionary());

    @Test
    void anAcceptAndARejectSignedWithTheSecretOverTheRequestAuthenticatorAreValid() throws PacketCodecException {
        assertThat(ResponseMessageAuthenticator.isValid(signedAccept(), REQUEST_AUTHENTICATOR, SECRET)).isTrue();
        assertThat(ResponseMessageAuthenticator.isValid(
                encode(new AccessReject(List.of(new MessageAuthenticator()))), REQUEST_AUTHENTICATOR, SECRET)).isTrue();
    }

    @Test
    void anAnswerWithoutOneIsRefused() throws PacketCodecException {
        byte[] unsigned = encode(new AccessAccept(List.of(new ReplyMessage(new TextData("welcome")))));

        assertThat(ResponseMessageAuthenticator.isValid(unsigned, REQUEST_AUTHENTICATOR, SECRET)).isFalse();
    }

    @Test
    void aForgedOneIsRefused() throws PacketCodecException {
        byte[] forged = signedAccept();
        forged[forged.length - 1] ^= 1;

        assertThat(ResponseMessageAuthenticator.isValid(forged, REQUEST_AUTHENTICATOR, SECRET)).isFalse();
    }

    @Test
    void anAttributeChangedAfterSigningIsRefused() throws PacketCodecException {
        byte[] tampered = signedAccept();
        tampered[22] = 'W';

        assertThat(ResponseMessageAuthenticator.isValid(tampered, REQUEST_AUTHENTICATOR, SECRET)).isFalse();
    }

    @Test
    void anAnswerSignedForAnotherRequestOrWithAnotherSecretIsRefused() throws PacketCodecException {
        byte[] otherRequest = "fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

        assertThat(ResponseMessageAuthenticator.isValid(signedAccept(), otherRequest, SECRET)).isFalse();
        assertThat(ResponseMessageAuthenticator.isValid(signedAccept(), REQUEST_AUTHENTICATOR,
                "another-secret".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aTruncatedOrSecondOneIsRefused() throws PacketCodecException {
        byte[] unsigned = encode(new AccessAccept(List.of(new ReplyMessage(new TextData("welcome")))));
        byte[] truncated = withAttribute(unsigned, new byte[]{80, 10, 0, 0, 0, 0, 0, 0, 0, 0});
        byte[] signed = signedAccept();
        byte[] twice = withAttribute(signed, Arrays.copyOfRange(signed, signed.length - 18, signed.length));

        assertThat(ResponseMessageAuthenticator.isValid(truncated, REQUEST_AUTHENTICATOR, SECRET)).isFalse();
        assertThat(ResponseMessageAuthenticator.isValid(twice, REQUEST_AUTHENTICATOR, SECRET)).isFalse();
    }

    /** An Access-Accept with a Reply-Message first and the Message-Authenticator last, as aaa4j signs it. */
    private byte[] signedAccept() throws PacketCodecException {
        return encode(new AccessAccept(List.of(new ReplyMessage(new TextData("welcome")), new MessageAuthenticator())));
    }

    private byte[] encode(Packet response) throws PacketCodecException {
        return codec.encodeResponse(response, SECRET, IDENTIFIER, REQUEST_AUTHENTICATOR);
    }

    private static byte[] withAttribute(byte[] packet, byte[] attribute) {
        byte[] longer = Arrays.copyOf(packet, packet.length + attribute.length);
        System.arraycopy(attribute, 0, longer, packet.length, attribute.length);
        longer[2] = (byte) (longer.length >> 8);
        longer[3] = (byte) longer.length;
        return longer;
    }
}
