package io.ispflow.server.privacy;

import io.ispflow.kernel.InvalidSettingException;
import io.ispflow.kernel.privacy.MasterKey;
import io.ispflow.server.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server started with another master key than its database's must not start: it would answer 500
 * for every sealed value and seal new subjects under a key the rest of the data does not know.
 */
class MasterKeyCheckTest {

    static JdbcTemplate jdbc;
    final MasterKey databases = MasterKey.fromBase64(MasterKey.generate());
    final MasterKey another = MasterKey.fromBase64(MasterKey.generate());
    final MasterKeyCheck check = new MasterKeyCheck(jdbc);

    @BeforeAll
    static void database() throws Exception {
        String url = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_key_check");
        // one connection for the class: a new one per statement made the 2,500 keys below take minutes on a loaded machine
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD, true));
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/app/server/V12__subject_keys.sql")));
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/app/server/V17__master_key_check.sql")));
    }

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM subject_key");
        jdbc.update("DELETE FROM master_key_check");
    }

    @Test
    void aNewDatabaseTakesTheKeyOfItsFirstStartAndRefusesAnotherNamingTheOneItExpects() {
        check.verify(databases);
        new JdbcSubjectKeys(jdbc, databases).keyFor(UUID.randomUUID());

        assertThatCode(() -> check.verify(databases)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check.verify(another)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ISPFLOW_MASTER_KEY").hasMessageContaining("Start with the master key of id " + databases.id())
                .hasMessageContaining(another.id());
        assertThat(jdbc.queryForObject("SELECT key_id FROM master_key_check", String.class)).isEqualTo(databases.id());
    }

    @Test
    void anotherKeyIsRefusedEvenBeforeAnySubjectWasSealed() {
        check.verify(databases);

        assertThatThrownBy(() -> check.verify(another)).isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void aDatabaseFromBeforeTheCheckAdoptsTheKeyThatOpensAllItsSubjectKeysAndNoOther() {
        JdbcSubjectKeys stored = new JdbcSubjectKeys(jdbc, databases);
        stored.keyFor(UUID.randomUUID());
        stored.keyFor(UUID.randomUUID());
        forgotten(stored);

        assertThatThrownBy(() -> check.verify(another)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("does not open 2 of the 2 subject keys");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM master_key_check", Integer.class)).isZero();

        check.verify(databases);
        assertThat(jdbc.queryForObject("SELECT key_id FROM master_key_check", String.class)).isEqualTo(databases.id());
        assertThatThrownBy(() -> check.verify(another)).isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void aDatabaseAlreadySealedUnderTwoKeysAdoptsNeither() {
        new JdbcSubjectKeys(jdbc, databases).keyFor(UUID.randomUUID());
        new JdbcSubjectKeys(jdbc, another).keyFor(UUID.randomUUID());

        assertThatThrownBy(() -> check.verify(databases)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("does not open 1 of the 2 subject keys").hasMessageContaining("two keys");
        assertThatThrownBy(() -> check.verify(another)).isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void subjectKeysBeyondOnePageAreAllChecked() {
        JdbcSubjectKeys stored = new JdbcSubjectKeys(jdbc, databases);
        for (int i = 0; i < 2_500; i++) {
            stored.keyFor(UUID.randomUUID());
        }
        new JdbcSubjectKeys(jdbc, another).keyFor(new UUID(-1, -1));

        assertThatThrownBy(() -> check.verify(databases)).hasMessageContaining("does not open 1 of the 2501 subject keys");
    }

    private static void forgotten(JdbcSubjectKeys stored) {
        UUID subject = UUID.randomUUID();
        stored.keyFor(subject);
        stored.destroy(subject, Instant.now());
    }
}
