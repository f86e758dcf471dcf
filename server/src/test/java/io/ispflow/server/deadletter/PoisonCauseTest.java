package io.ispflow.server.deadletter;

import org.axonframework.messaging.deadletter.Cause;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which refusals of the RADIUS database are the event's fault, as its drivers report them: MariaDB's and
 * PostgreSQL's by SQL state, MySQL's two HY000 refusals by error number. Anything else is the database's.
 */
class PoisonCauseTest {

    @Test
    void aValueTheDatabaseRefusesIsTheEventsFaultOnEveryDialect() {
        assertThat(PoisonCause.of(failed("Data too long for column 'description'", "22001", 1406))).isPresent();
        assertThat(PoisonCause.of(failed("CONSTRAINT `refuses_poison` failed", "23000", 4025))).isPresent();
        assertThat(PoisonCause.of(failed("invalid byte sequence for encoding \"UTF8\": 0x00", "22021", 0))).isPresent();
    }

    @Test
    void mysqlsCharacterSetAndCheckRefusalsAreTheEventsFaultThoughTheirStateIsHy000() {
        assertThat(PoisonCause.of(failed("Incorrect string value: '\\xD0\\xB6' for column 'description'", "HY000", 1366))
                .map(Cause::message)).hasValue("the database refused the event's values: SQL state HY000, error 1366");
        assertThat(PoisonCause.of(failed("Check constraint 'refuses_poison' is violated.", "HY000", 3819))).isPresent();
    }

    @Test
    void anotherHy000OrAMissingTableIsNotTheEventsFault() {
        assertThat(PoisonCause.of(failed("Lock wait timeout exceeded", "HY000", 1205))).isEmpty();
        assertThat(PoisonCause.of(failed("Table 'radius.nas' doesn't exist", "42S02", 1146))).isEmpty();
    }

    /** A failed statement as the projectors see it: the driver's exception in Spring's. */
    private static RuntimeException failed(String message, String state, int error) {
        return new UncategorizedSQLException("PreparedStatementCallback", "UPDATE nas", new SQLException(message, state, error));
    }
}
