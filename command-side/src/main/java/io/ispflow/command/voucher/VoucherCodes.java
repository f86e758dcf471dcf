package io.ispflow.command.voucher;

import io.ispflow.command.subscriber.UsernameRegistry;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.voucher.VoucherCode;
import io.ispflow.kernel.voucher.VoucherId;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws codes from a secure random source and claims them in the username registry, which vouchers share with
 * subscribers. A code someone already has is drawn again; with 10 of 31 characters a clash is a rarity.
 */
@Component
class VoucherCodes {

    /** Beyond this many draws the code space is too crowded for the prefix and length asked for. */
    private static final int MAX_DRAWS = 20;

    private final SecureRandom random = new SecureRandom();
    private final UsernameRegistry usernames;

    VoucherCodes(UsernameRegistry usernames) {
        this.usernames = usernames;
    }

    /** A claimed code for each voucher, in the order given. */
    Map<VoucherId, VoucherCode> claim(List<VoucherId> vouchers, String prefix, int length) {
        Map<VoucherId, VoucherCode> codes = new LinkedHashMap<>();
        vouchers.forEach(voucher -> codes.put(voucher, draw(prefix, length)));
        Map<VoucherId, VoucherCode> unclaimed = codes;
        for (int draw = 1; !unclaimed.isEmpty(); draw++) {
            if (draw > MAX_DRAWS) {
                throw new IllegalStateException("no free codes left with this prefix and length");
            }
            Map<VoucherId, Username> names = new LinkedHashMap<>();
            unclaimed.forEach((voucher, code) -> names.put(voucher, code.asUsername()));
            Set<VoucherId> taken = usernames.claimCodes(names);
            unclaimed = new LinkedHashMap<>();
            for (VoucherId voucher : taken) {
                VoucherCode again = draw(prefix, length);
                codes.put(voucher, again);
                unclaimed.put(voucher, again);
            }
        }
        return codes;
    }

    private VoucherCode draw(String prefix, int length) {
        StringBuilder code = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            code.append(VoucherCode.ALPHABET.charAt(random.nextInt(VoucherCode.ALPHABET.length())));
        }
        return new VoucherCode(code.toString());
    }
}
