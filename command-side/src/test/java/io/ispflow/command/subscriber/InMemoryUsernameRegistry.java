package io.ispflow.command.subscriber;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.subscriber.UsernameTakenException;
import io.ispflow.kernel.voucher.VoucherId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The username registry of the fixture tests: each claimed name and its owner, a subscriber's or a voucher's id. */
public class InMemoryUsernameRegistry implements UsernameRegistry {

    public final Map<Username, Object> claimed = new HashMap<>();

    @Override
    public void claim(Username username, SubscriberId subscriberId) {
        if (claimed.putIfAbsent(username, subscriberId) != null) {
            throw new UsernameTakenException(username);
        }
    }

    @Override
    public Set<VoucherId> claimCodes(Map<VoucherId, Username> codes) {
        Set<VoucherId> taken = new HashSet<>();
        codes.forEach((voucher, code) -> {
            if (claimed.putIfAbsent(code, voucher) != null) {
                taken.add(voucher);
            }
        });
        return taken;
    }

    @Override
    public void release(SubscriberId subscriberId) {
        claimed.values().remove(subscriberId);
    }
}
