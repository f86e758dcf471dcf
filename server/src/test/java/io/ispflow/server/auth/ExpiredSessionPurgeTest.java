package io.ispflow.server.auth;

import io.ispflow.server.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Refresh tokens and ended sessions do not pile up: an hour after they expire, they are deleted. */
@ApiTest
class ExpiredSessionPurgeTest {

    static {
        ApiTest.Databases.prepare();
    }

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    ExpiredSessionPurge purge;

    @Autowired
    ScheduledTaskHolder scheduled;

    @BeforeEach
    void onlyTheseRows() {
        appDatabase.update("DELETE FROM refresh_token WHERE expires_at < now()");
        appDatabase.update("DELETE FROM revoked_session WHERE expires_at < now()");
    }

    @Test
    void rowsExpiredOverAnHourAgoAreDeletedAndNoOthers() {
        UUID expired = row("refresh_token", "token_id", "2 hours");
        UUID justExpired = row("refresh_token", "token_id", "10 minutes");
        UUID valid = row("refresh_token", "token_id", "-1 hour");
        UUID endedLongAgo = row("revoked_session", "session_id", "2 hours");
        UUID stillEnded = row("revoked_session", "session_id", "-1 hour");

        purge.purgeExpired();

        assertThat(appDatabase.queryForList("SELECT token_id FROM refresh_token WHERE token_id IN (?, ?, ?)", UUID.class,
                expired, justExpired, valid)).containsExactlyInAnyOrder(justExpired, valid);
        assertThat(appDatabase.queryForList("SELECT session_id FROM revoked_session WHERE session_id IN (?, ?)", UUID.class,
                endedLongAgo, stillEnded)).containsExactly(stillEnded);
    }

    @Test
    void processesPurgingAtOnceDeleteEverythingWithoutAnError() {
        appDatabase.update("""
                INSERT INTO refresh_token (token_id, session_id, expires_at)
                SELECT gen_random_uuid(), gen_random_uuid(), now() - interval '2 hours' FROM generate_series(1, ?)""",
                3 * ExpiredSessionPurge.BATCH + 17);

        CompletableFuture.allOf(CompletableFuture.runAsync(purge::purgeExpired), CompletableFuture.runAsync(purge::purgeExpired),
                CompletableFuture.runAsync(purge::purgeExpired)).join();

        assertThat(appDatabase.queryForObject("SELECT count(*) FROM refresh_token WHERE expires_at < now() - interval '1 hour'",
                Long.class)).isZero();
    }

    @Test
    void thePurgeRunsOnASchedule() {
        // a scheduled method's task reads as the method's qualified name
        assertThat(scheduled.getScheduledTasks().stream().map(Object::toString))
                .contains(ExpiredSessionPurge.class.getName() + ".purgeExpired");
    }

    /** A row that expired {@code ago} (negative: expires in that long). */
    private UUID row(String table, String key, String ago) {
        UUID id = UUID.randomUUID();
        String otherColumns = table.equals("refresh_token") ? ", session_id" : "";
        String otherValues = table.equals("refresh_token") ? ", gen_random_uuid()" : "";
        appDatabase.update("INSERT INTO " + table + " (" + key + otherColumns + ", expires_at) VALUES (?" + otherValues
                + ", now() - ?::interval)", id, ago);
        return id;
    }
}
