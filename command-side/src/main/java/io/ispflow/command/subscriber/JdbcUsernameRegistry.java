package io.ispflow.command.subscriber;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.subscriber.UsernameTakenException;
import io.ispflow.kernel.voucher.VoucherId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Claims live in {@code username_claim}, keyed by username, and commit with the subscriber's or the
 * voucher's first event. A concurrent claim of the same name waits on the key and then finds it taken.
 */
@Component
class JdbcUsernameRegistry implements UsernameRegistry {

    private final JdbcTemplate jdbc;

    JdbcUsernameRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(Username username, SubscriberId subscriberId) {
        int claimed = jdbc.update(
                "INSERT INTO username_claim (username, subscriber_id) VALUES (?, ?) ON CONFLICT (username) DO NOTHING",
                username.value(), subscriberId.value());
        if (claimed == 0) {
            throw new UsernameTakenException(username);
        }
    }

    /** One statement for a whole batch: the codes travel as two arrays, and the claimed come back. */
    @Override
    public Set<VoucherId> claimCodes(Map<VoucherId, Username> codes) {
        UUID[] vouchers = codes.keySet().stream().map(VoucherId::value).toArray(UUID[]::new);
        String[] names = codes.keySet().stream().map(voucher -> codes.get(voucher).value()).toArray(String[]::new);
        List<VoucherId> claimed = jdbc.query("""
                INSERT INTO username_claim (username, voucher_id)
                SELECT * FROM unnest(?::varchar[], ?::uuid[])
                ON CONFLICT DO NOTHING RETURNING voucher_id""",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("varchar", names));
                    statement.setArray(2, statement.getConnection().createArrayOf("uuid", vouchers));
                },
                (rs, row) -> VoucherId.of(rs.getObject(1, UUID.class)));
        Set<VoucherId> taken = new HashSet<>(codes.keySet());
        // not removeAll: with a list no longer than the set it asks the list, once per element of the set
        claimed.forEach(taken::remove);
        return taken;
    }

    @Override
    public void release(SubscriberId subscriberId) {
        jdbc.update("DELETE FROM username_claim WHERE subscriber_id = ?", subscriberId.value());
    }
}
