package io.ispflow.kernel.webhook;

import io.ispflow.kernel.InvalidValueException;

/**
 * The key a webhook's deliveries are signed with (HMAC-SHA256), chosen by the tenant: 16 to 256 printable
 * characters. Never printed.
 */
public record WebhookSecret(String value) {

    public static final int MIN_LENGTH = 16;
    public static final int MAX_LENGTH = 256;

    public WebhookSecret {
        if (value == null || value.length() < MIN_LENGTH || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidValueException("secret", "a webhook secret is " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " printable ASCII characters without spaces");
        }
    }

    @Override
    public String toString() {
        return "***";
    }
}
