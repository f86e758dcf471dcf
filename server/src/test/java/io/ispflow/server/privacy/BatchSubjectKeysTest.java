package io.ispflow.server.privacy;

import io.ispflow.kernel.privacy.MasterKey;
import io.ispflow.server.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.crypto.SecretKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch's keys come from one query and never outlive the batch or a forget. */
class BatchSubjectKeysTest {

    static JdbcTemplate jdbc;
    final MasterKey master = MasterKey.fromBase64(MasterKey.generate());
    final JdbcSubjectKeys stored = new JdbcSubjectKeys(jdbc, master);
    final BatchSubjectKeys keys = new BatchSubjectKeys(stored);

    @BeforeAll
    static void database() throws Exception {
        String url = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_batch_keys");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD));
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/app/server/V12__subject_keys.sql")));
    }

    @Test
    void a_batch_loads_its_subjects_at_its_first_open_and_does_not_ask_the_table_again() {
        UUID kept = UUID.randomUUID();
        UUID forgotten = UUID.randomUUID();
        UUID neverKeyed = UUID.randomUUID();
        SecretKey key = keys.keyFor(kept);
        keys.keyFor(forgotten);
        keys.destroy(forgotten, Instant.now());

        keys.startBatch(List.of(kept, forgotten, neverKeyed));
        assertThat(keys.find(kept)).contains(key);
        jdbc.update("DELETE FROM subject_key");

        assertThat(keys.find(kept)).contains(key);
        assertThat(keys.destroyed(kept)).isFalse();
        assertThat(keys.find(forgotten)).isEmpty();
        assertThat(keys.destroyed(forgotten)).isTrue();
        assertThat(keys.find(neverKeyed)).isEmpty();
        assertThat(keys.destroyed(neverKeyed)).isFalse();
    }

    @Test
    void after_the_batch_a_forgotten_subject_no_longer_opens() {
        UUID subject = UUID.randomUUID();
        keys.keyFor(subject);
        keys.startBatch(List.of(subject));
        assertThat(keys.find(subject)).isPresent();
        keys.endBatch();

        stored.destroy(subject, Instant.now());

        assertThat(keys.find(subject)).isEmpty();
        assertThat(keys.destroyed(subject)).isTrue();
    }

    @Test
    void a_forget_on_the_batch_thread_drops_the_keys_it_loaded() {
        UUID subject = UUID.randomUUID();
        keys.keyFor(subject);
        keys.startBatch(List.of(subject));
        assertThat(keys.find(subject)).isPresent();

        keys.destroy(subject, Instant.now());

        assertThat(keys.find(subject)).isEmpty();
        assertThat(keys.destroyed(subject)).isTrue();
    }

    @Test
    void a_batch_reads_keys_when_it_first_opens_a_value_not_when_it_starts() {
        UUID subject = UUID.randomUUID();
        keys.startBatch(List.of(subject));

        SecretKey key = keys.keyFor(subject);

        assertThat(keys.find(subject)).as("loaded when first opened, after the key was made").contains(key);
        keys.endBatch();
    }

    @Test
    void a_subject_outside_the_batch_is_read_from_the_table() {
        UUID loaded = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        keys.startBatch(List.of(loaded));

        SecretKey key = keys.keyFor(other);

        assertThat(keys.find(other)).contains(key);
        keys.endBatch();
    }
}
