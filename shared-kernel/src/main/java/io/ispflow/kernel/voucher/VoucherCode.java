package io.ispflow.kernel.voucher;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.subscriber.Username;

import java.util.Locale;

/**
 * A voucher's code: its RADIUS user name and password at once, so a secret. Lower case from {@link #ALPHABET}, which
 * leaves out the characters a reader confuses (0/o, 1/i/l), and a valid {@link Username}, because vouchers and
 * subscribers share one namespace of user names. Never prints its value.
 */
public record VoucherCode(@JsonValue String value) {

    /** What a code's random part is drawn from: digits and letters without look-alikes. */
    public static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

    public VoucherCode {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!value.matches("[" + ALPHABET + "]{6,24}")) {
            throw new InvalidValueException("code", "a voucher code is 6 to 24 of " + ALPHABET);
        }
    }

    @JsonCreator
    public static VoucherCode of(String value) {
        return new VoucherCode(value);
    }

    /** The user name the code logs in with. */
    public Username asUsername() {
        return new Username(value);
    }

    @Override
    public String toString() {
        return "***";
    }
}
