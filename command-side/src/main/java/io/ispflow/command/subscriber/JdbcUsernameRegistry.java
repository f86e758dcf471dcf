package io.ispflow.command.subscriber;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.subscriber.UsernameTakenException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Claims live in {@code username_claim}, keyed by username, and commit with the subscriber's first
 * event. A concurrent claim of the same name waits on the key and then finds it taken.
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

    @Override
    public void release(SubscriberId subscriberId) {
        jdbc.update("DELETE FROM username_claim WHERE subscriber_id = ?", subscriberId.value());
    }
}
