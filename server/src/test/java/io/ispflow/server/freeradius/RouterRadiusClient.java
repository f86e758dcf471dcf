package io.ispflow.server.freeradius;

import org.aaa4j.radius.core.attribute.Attribute;
import org.aaa4j.radius.core.attribute.EnumData;
import org.aaa4j.radius.core.attribute.Ipv4AddrData;
import org.aaa4j.radius.core.attribute.StringData;
import org.aaa4j.radius.core.attribute.TextData;
import org.aaa4j.radius.core.attribute.attributes.AcctSessionId;
import org.aaa4j.radius.core.attribute.attributes.AcctStatusType;
import org.aaa4j.radius.core.attribute.attributes.FramedIpAddress;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.attribute.attributes.NasIpAddress;
import org.aaa4j.radius.core.attribute.attributes.UserName;
import org.aaa4j.radius.core.attribute.attributes.UserPassword;
import org.aaa4j.radius.core.dictionary.Dictionary;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodec;
import org.aaa4j.radius.core.packet.PacketCodecException;
import org.aaa4j.radius.core.packet.packets.AccessRequest;
import org.aaa4j.radius.core.packet.packets.AccountingRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A router as FreeRADIUS sees it: RADIUS packets from its tunnel address, signed with its secret.
 * Like RouterOS 7.15+ it puts a Message-Authenticator in every Access-Request and fails an answer
 * to one that lacks a valid Message-Authenticator (BlastRADIUS). aaa4j encodes and decodes the
 * packets; the socket is bound here, because aaa4j's own UDP client cannot choose the source
 * address, and the source address is what makes a router a client.
 */
public final class RouterRadiusClient {

    private static final Dictionary DICTIONARY = new StandardDictionary();
    private static final int ATTEMPTS = 2;
    private static final int TIMEOUT_MILLIS = 1000;
    private static final int ACCT_STATUS_START = 1;

    private final InetAddress tunnelAddress;
    private final byte[] secret;
    private final InetSocketAddress authServer;
    private final InetSocketAddress accountingServer;
    private final PacketCodec codec = new PacketCodec(DICTIONARY);
    private final SecureRandom random = new SecureRandom();

    RouterRadiusClient(InetAddress tunnelAddress, String secret, InetSocketAddress authServer,
                       InetSocketAddress accountingServer) {
        this.tunnelAddress = tunnelAddress;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.authServer = authServer;
        this.accountingServer = accountingServer;
    }

    /** A subscriber logging in with PAP, as a hotspot login or a PPPoE dial-in does. */
    public RadiusAnswer authenticate(String username, String password) {
        return exchange(papLogin(username, password, new MessageAuthenticator()), authServer);
    }

    /** The same login from a client that leaves the Message-Authenticator out, as BlastRADIUS needs. */
    public RadiusAnswer authenticateWithoutMessageAuthenticator(String username, String password) {
        return exchange(papLogin(username, password), authServer);
    }

    /** The router reporting that a subscriber's session started: an open session in radacct. */
    public RadiusAnswer startSession(String username, String sessionId) {
        return exchange(new AccountingRequest(sessionStart(username, sessionId)), accountingServer);
    }

    /** The same, for a session the router gave {@code framedIp}, as a PPPoE session has. */
    public RadiusAnswer startSession(String username, String sessionId, String framedIp) {
        List<Attribute<?>> attributes = sessionStart(username, sessionId);
        try {
            attributes.add(new FramedIpAddress(new Ipv4AddrData((Inet4Address) InetAddress.getByName(framedIp))));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(framedIp, e);
        }
        return exchange(new AccountingRequest(attributes), accountingServer);
    }

    private List<Attribute<?>> sessionStart(String username, String sessionId) {
        return new ArrayList<>(List.of(
                new AcctStatusType(new EnumData(ACCT_STATUS_START)),
                new UserName(new TextData(username)),
                new AcctSessionId(new TextData(sessionId)),
                new NasIpAddress(new Ipv4AddrData((Inet4Address) tunnelAddress))));
    }

    private AccessRequest papLogin(String username, String password, Attribute<?>... more) {
        List<Attribute<?>> attributes = new ArrayList<>(List.of(
                new UserName(new TextData(username)),
                new UserPassword(new StringData(password.getBytes(StandardCharsets.UTF_8))),
                new NasIpAddress(new Ipv4AddrData((Inet4Address) tunnelAddress))));
        attributes.addAll(List.of(more));
        return new AccessRequest(attributes);
    }

    private RadiusAnswer exchange(Packet request, InetSocketAddress server) {
        byte[] authenticator = new byte[16];
        random.nextBytes(authenticator);
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(tunnelAddress, 0))) {
            byte[] sent = codec.encodeRequest(request, secret, authenticator);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                socket.send(new DatagramPacket(sent, sent.length, server));
                DatagramPacket received = new DatagramPacket(new byte[4096], 4096);
                try {
                    socket.receive(received);
                    byte[] answer = Arrays.copyOf(received.getData(), received.getLength());
                    // checked first: unlike the Response Authenticator, it stands against BlastRADIUS's MD5 collision
                    boolean signed = ResponseMessageAuthenticator.isValid(answer, authenticator, secret);
                    if (request instanceof AccessRequest && !signed) {
                        throw new IllegalStateException("FreeRADIUS answered " + tunnelAddress + "'s Access-Request without a valid "
                                + "Message-Authenticator: RouterOS 7.15+ (require-message-auth) discards such an answer");
                    }
                    return RadiusAnswer.of(codec.decodeResponse(answer, secret, authenticator), DICTIONARY, signed);
                } catch (SocketTimeoutException silence) {
                    // FreeRADIUS drops what it cannot trust; a retransmission tells a slow answer from none
                }
            }
            return RadiusAnswer.none();
        } catch (PacketCodecException e) {
            throw new IllegalStateException("FreeRADIUS answered " + tunnelAddress + " with a packet it cannot read: " + e, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
