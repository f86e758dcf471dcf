package io.ispflow.command.router;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * Fresh secrets for a router, from a secure random source. Letters and digits only, so they
 * survive being pasted into a RouterOS script.
 */
@Component
public class RouterSecrets {

    static final int RADIUS_SECRET_LENGTH = 24;
    static final int API_TOKEN_LENGTH = 40;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();

    public String radiusSecret() {
        return randomText(RADIUS_SECRET_LENGTH);
    }

    public String apiToken() {
        return randomText(API_TOKEN_LENGTH);
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
