package io.ispflow.server.deadletter;

import io.ispflow.kernel.privacy.SealBrokenException;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.SerializationException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells an event that can never be projected from a processor that cannot project anything right now.
 * The event is to blame when the database refuses its values (SQL state class 22, data exception, or 23,
 * integrity constraint violation, and two refusals MySQL reports as HY000) or the projector's own code
 * throws on it (a bug). Anything else (a database away, a lock, a missing table or privilege, a seal that
 * does not open under the master key, an event that cannot be read back) would stop every event alike:
 * parking them all would empty the projection, so the processor stops and retries instead.
 * <p>
 * The cause kept with a dead letter names the exception's type and the SQL state or the projector's line,
 * never the message: databases quote the refused value there, and it may be personal data.
 */
final class PoisonCause {

    private static final Set<String> THE_EVENTS_FAULT = Set.of("22", "23");
    /**
     * MySQL's errors with state HY000 that refuse a value: a string its column's character set cannot hold
     * (1366) and a CHECK constraint broken (3819). From MariaDB the driver reports them as 22001 and 23000.
     */
    private static final Set<Integer> MYSQL_REFUSED_VALUES = Set.of(1366, 3819);
    private static final List<Class<?>> NOT_THE_EVENTS_FAULT = List.of(SealBrokenException.class,
            SerializationException.class, DataAccessException.class, TransactionException.class);

    private PoisonCause() {
    }

    /** The cause to keep with the event, or empty when the failure is not the event's. */
    static Optional<Cause> of(Throwable failure) {
        List<Throwable> chain = Stream.iterate(failure, Objects::nonNull, Throwable::getCause).toList();
        Optional<SQLException> sql = chain.stream().filter(SQLException.class::isInstance).map(SQLException.class::cast)
                .findFirst();
        if (sql.isPresent()) {
            return refusedValues(sql.get());
        }
        if (chain.stream().anyMatch(cause -> NOT_THE_EVENTS_FAULT.stream().anyMatch(type -> type.isInstance(cause)))) {
            return Optional.empty();
        }
        Throwable root = chain.get(chain.size() - 1);
        return Optional.of(new ThrowableCause(root.getClass().getName(), "thrown " + ispflowFrame(root)));
    }

    private static Optional<Cause> refusedValues(SQLException sql) {
        String state = sql.getSQLState();
        boolean refused = state != null && state.length() >= 2 && THE_EVENTS_FAULT.contains(state.substring(0, 2))
                || "HY000".equals(state) && MYSQL_REFUSED_VALUES.contains(sql.getErrorCode());
        if (!refused) {
            return Optional.empty();
        }
        return Optional.of(new ThrowableCause(sql.getClass().getName(),
                "the database refused the event's values: SQL state " + state + ", error " + sql.getErrorCode()));
    }

    private static String ispflowFrame(Throwable root) {
        return Arrays.stream(root.getStackTrace()).filter(frame -> frame.getClassName().startsWith("io.ispflow."))
                .findFirst().map(frame -> "at " + frame).orElse("outside ispflow's code");
    }
}
