package io.ispflow.server.freeradius;

import org.aaa4j.radius.core.attribute.Attribute;
import org.aaa4j.radius.core.attribute.EnumData;
import org.aaa4j.radius.core.attribute.IntegerData;
import org.aaa4j.radius.core.attribute.Ipv4AddrData;
import org.aaa4j.radius.core.attribute.StringData;
import org.aaa4j.radius.core.attribute.TextData;
import org.aaa4j.radius.core.attribute.TimeData;
import org.aaa4j.radius.core.attribute.attributes.AcctInputGigawords;
import org.aaa4j.radius.core.attribute.attributes.AcctInputOctets;
import org.aaa4j.radius.core.attribute.attributes.AcctOutputGigawords;
import org.aaa4j.radius.core.attribute.attributes.AcctOutputOctets;
import org.aaa4j.radius.core.attribute.attributes.AcctSessionId;
import org.aaa4j.radius.core.attribute.attributes.AcctSessionTime;
import org.aaa4j.radius.core.attribute.attributes.AcctStatusType;
import org.aaa4j.radius.core.attribute.attributes.AcctTerminateCause;
import org.aaa4j.radius.core.attribute.attributes.CallingStationId;
import org.aaa4j.radius.core.attribute.attributes.EventTimestamp;
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
import java.nio.charset.StandardCharsets;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Instant;
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
    private static final int ACCT_STATUS_STOP = 2;
    private static final int ACCT_STATUS_INTERIM_UPDATE = 3;
    private static final int ACCT_STATUS_ACCOUNTING_ON = 7;
    private static final int ACCT_TERMINATE_CAUSE_USER_REQUEST = 1;

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
        return exchange(new AccountingRequest(List.of(
                new AcctStatusType(new EnumData(ACCT_STATUS_START)),
                new UserName(new TextData(username)),
                new AcctSessionId(new TextData(sessionId)),
                new NasIpAddress(new Ipv4AddrData((Inet4Address) tunnelAddress)))), accountingServer);
    }

    /**
     * What a router reports of a session: the subscriber's address and MAC, the bytes it sent (upload) and
     * received (download) and its seconds online so far, as of {@code at} (the Event-Timestamp).
     */
    public record SessionReport(String username, String sessionId, String framedIp, String mac, long uploadBytes,
                                long downloadBytes, long sessionSeconds, Instant at) {
    }

    /** Accounting-Request Start, with the report's address, MAC and time. */
    public RadiusAnswer start(SessionReport report) {
        return exchange(new AccountingRequest(session(ACCT_STATUS_START, report)), accountingServer);
    }

    /** Accounting-Request Interim-Update: the counters so far, gigawords included. */
    public RadiusAnswer interim(SessionReport report) {
        List<Attribute<?>> attributes = session(ACCT_STATUS_INTERIM_UPDATE, report);
        attributes.addAll(counters(report));
        return exchange(new AccountingRequest(attributes), accountingServer);
    }

    /** Accounting-Request Stop, as when the subscriber hangs up (User-Request). */
    public RadiusAnswer stop(SessionReport report) {
        List<Attribute<?>> attributes = session(ACCT_STATUS_STOP, report);
        attributes.addAll(counters(report));
        attributes.add(new AcctTerminateCause(new EnumData(ACCT_TERMINATE_CAUSE_USER_REQUEST)));
        return exchange(new AccountingRequest(attributes), accountingServer);
    }

    /** Accounting-On, as a router sends after it restarted: every session it had is gone. */
    public RadiusAnswer accountingOn(Instant at) {
        return exchange(new AccountingRequest(List.of(
                new AcctStatusType(new EnumData(ACCT_STATUS_ACCOUNTING_ON)),
                new NasIpAddress(new Ipv4AddrData((Inet4Address) tunnelAddress)),
                new EventTimestamp(new TimeData(at)))), accountingServer);
    }

    private List<Attribute<?>> session(int statusType, SessionReport report) {
        List<Attribute<?>> attributes = new ArrayList<>(List.of(
                new AcctStatusType(new EnumData(statusType)),
                new UserName(new TextData(report.username())),
                new AcctSessionId(new TextData(report.sessionId())),
                new NasIpAddress(new Ipv4AddrData((Inet4Address) tunnelAddress)),
                new FramedIpAddress(new Ipv4AddrData(ipv4(report.framedIp()))),
                new CallingStationId(new TextData(report.mac())),
                new EventTimestamp(new TimeData(report.at()))));
        return attributes;
    }

    /** RADIUS counts octets in 32 bits and the wraps in gigawords. */
    private static List<Attribute<?>> counters(SessionReport report) {
        return List.of(
                new AcctInputOctets(new IntegerData((int) report.uploadBytes())),
                new AcctInputGigawords(new IntegerData((int) (report.uploadBytes() >>> 32))),
                new AcctOutputOctets(new IntegerData((int) report.downloadBytes())),
                new AcctOutputGigawords(new IntegerData((int) (report.downloadBytes() >>> 32))),
                new AcctSessionTime(new IntegerData((int) report.sessionSeconds())));
    }

    private static Inet4Address ipv4(String address) {
        try {
            return (Inet4Address) InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
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
