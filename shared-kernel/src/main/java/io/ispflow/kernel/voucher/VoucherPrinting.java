package io.ispflow.kernel.voucher;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.Role;

import java.util.Set;

/**
 * Who may see voucher codes: the roles that sell them at the counter, so print them (cards, CSV). Every other role
 * reads the lists with each code masked; a role not named here, a new one included, sees no code.
 */
public final class VoucherPrinting {

    public static final Set<Role> ROLES = Set.of(Role.OWNER, Role.ADMIN, Role.OPERATOR);
    /** What a list shows instead of a code to a role that may not print. */
    public static final String MASKED_CODE = "***";

    private VoucherPrinting() {
    }

    public static boolean allows(Role role) {
        return ROLES.contains(role);
    }

    /** Refuses a role that may not see codes what is all codes: a batch's CSV and cards. */
    public static void require(Role role) {
        if (!allows(role)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "role " + role + " may not see voucher codes");
        }
    }
}
