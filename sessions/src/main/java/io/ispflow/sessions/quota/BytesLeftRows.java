package io.ispflow.sessions.quota;

import io.ispflow.radius.RadiusDatabase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Each subscriber's bytes left of its quota in the RADIUS database's {@code radquota}, as the reply rows
 * FreeRADIUS adds to its Access-Accept: {@code Mikrotik-Total-Limit}, the low 32 bits, and
 * {@code Mikrotik-Total-Limit-Gigawords}, the 4 GiB units above them, so that a router ends a session that
 * uses up the rest before the next interim update is read.
 */
@Component
class BytesLeftRows {

    static final String TOTAL_LIMIT = "Mikrotik-Total-Limit";
    static final String TOTAL_LIMIT_GIGAWORDS = "Mikrotik-Total-Limit-Gigawords";
    private static final long GIGAWORD = 1L << 32;

    /** A subscriber's bytes left; null: none to send (no quota, used up, or the subscriber is gone). */
    record BytesLeft(UUID subscriberId, String username, Long bytes) {
    }

    private final RadiusDatabase radius;
    private final TransactionTemplate transaction;

    BytesLeftRows(RadiusDatabase radius) {
        this.radius = radius;
        this.transaction = new TransactionTemplate(radius.transactionManager());
    }

    /** Replaces the rows of every subscriber given, in one transaction. */
    void replace(Collection<BytesLeft> subscribers) {
        if (subscribers.isEmpty()) {
            return;
        }
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (BytesLeft subscriber : subscribers) {
            String id = subscriber.subscriberId().toString();
            deletes.add(new Object[] {id});
            if (subscriber.bytes() != null && subscriber.username() != null) {
                inserts.add(new Object[] {id, subscriber.username(), TOTAL_LIMIT, Long.toString(subscriber.bytes() % GIGAWORD)});
                inserts.add(new Object[] {id, subscriber.username(), TOTAL_LIMIT_GIGAWORDS, Long.toString(subscriber.bytes() / GIGAWORD)});
            }
        }
        transaction.executeWithoutResult(status -> {
            radius.jdbcTemplate().batchUpdate("DELETE FROM radquota WHERE subscriber_id = ?", deletes);
            radius.jdbcTemplate().batchUpdate(
                    "INSERT INTO radquota (subscriber_id, username, attribute, op, value) VALUES (?, ?, ?, ':=', ?)", inserts);
        });
    }
}
