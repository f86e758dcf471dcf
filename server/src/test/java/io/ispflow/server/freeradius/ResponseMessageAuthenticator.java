package io.ispflow.server.freeradius;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The check RouterOS 7.15+ makes of every Access-Accept, Access-Reject and Access-Challenge
 * ({@code require-message-auth}, the BlastRADIUS hardening): exactly one Message-Authenticator, and
 * it is HMAC-MD5, keyed with the shared secret, over the response with the Request Authenticator in
 * place of its own and the attribute's 16 bytes zeroed (RFC 3579 §3.2, RFC 2869 §5.14). Written here
 * rather than left to aaa4j, which accepts an answer without one and skips one of the wrong length.
 */
final class ResponseMessageAuthenticator {

    private static final int TYPE = 80;
    private static final int HEADER = 20;
    private static final int AUTHENTICATOR_OFFSET = 4;
    private static final int LENGTH = 18;

    private ResponseMessageAuthenticator() {
    }

    /** Whether {@code response}, the answer to a request with {@code requestAuthenticator}, is signed so. */
    static boolean isValid(byte[] response, byte[] requestAuthenticator, byte[] secret) {
        int found = -1;
        for (int offset = HEADER; offset < response.length; ) {
            int length = offset + 1 < response.length ? response[offset + 1] & 0xff : 0;
            if (length < 2 || offset + length > response.length) {
                return false;
            }
            if ((response[offset] & 0xff) == TYPE) {
                if (found >= 0 || length != LENGTH) {
                    return false;
                }
                found = offset;
            }
            offset += length;
        }
        if (found < 0) {
            return false;
        }
        byte[] signed = response.clone();
        System.arraycopy(requestAuthenticator, 0, signed, AUTHENTICATOR_OFFSET, requestAuthenticator.length);
        Arrays.fill(signed, found + 2, found + LENGTH, (byte) 0);
        byte[] expected = hmacMd5(secret, signed);
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(response, found + 2, found + LENGTH));
    }

    private static byte[] hmacMd5(byte[] secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(secret, "HmacMD5"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-MD5 is part of every JDK", e);
        }
    }
}
