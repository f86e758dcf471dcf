package io.ispflow.server;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module keeps its own migrations and the server runs them from the modules' locations
 * ({@link ApplicationMigrations}). An installation migrated when every migration lived in one
 * folder keeps working: Flyway validates its history by version, description, type and checksum.
 */
class MigrationLayoutTest {

    /**
     * The history of a database migrated from the single {@code server/src/main/resources/db/app}
     * folder, before the migrations moved to their modules: version, description, type, script, checksum.
     */
    static final List<String> HISTORY_BEFORE_THE_MOVE = List.of(
            "1|event store|SQL|V1__event_store.sql|1036975418",
            "2|command side|SQL|V2__command_side.sql|1062229898",
            "3|read model|SQL|V3__read_model.sql|-1775582934",
            "4|operators|SQL|V4__operators.sql|204760673",
            "5|static ip claims|SQL|V5__static_ip_claims.sql|940387121",
            "6|subscription ends|SQL|V6__subscription_ends.sql|-794753680",
            "7|subscriber view states|SQL|V7__subscriber_view_states.sql|-41328001",
            "8|subscriber search|SQL|V8__subscriber_search.sql|1386348246",
            "9|refresh tokens|SQL|V9__refresh_tokens.sql|-701129248",
            "10|tenants and operators as events|SQL|V10__tenants_and_operators_as_events.sql|138173521",
            "11|subscriber expiry index|SQL|V11__subscriber_expiry_index.sql|1768992431",
            "12|subject keys|SQL|V12__subject_keys.sql|1302728038",
            "13|forgotten subscribers in read model|SQL|V13__forgotten_subscribers_in_read_model.sql|-735557333",
            "14|subscriber counts|SQL|V14__subscriber_counts.sql|-497058430",
            "15|subscriber search pending list|SQL|V15__subscriber_search_pending_list.sql|1297574566",
            "16|dead letters|SQL|V16__dead_letters.sql|431553922",
            "17|master key check|SQL|V17__master_key_check.sql|-944425015",
            "18|account numbers per tenant|SQL|V18__account_numbers_per_tenant.sql|606304829");

    @Test
    void theModulesMigrationsWriteTheHistoryThatInstallationsBeforeTheMoveHold() {
        String url = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_migration_layout");
        Flyway.configure().dataSource(url, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD)
                .locations(ApplicationMigrations.LOCATIONS).load().migrate();

        List<String> history = new JdbcTemplate(new DriverManagerDataSource(url, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD))
                .query("SELECT version, description, type, script, checksum FROM flyway_schema_history "
                       + "WHERE version::int <= 18 ORDER BY installed_rank",
                        (row, n) -> String.join("|", row.getString(1), row.getString(2), row.getString(3),
                                row.getString(4), row.getString(5)));

        assertThat(history).containsExactlyElementsOf(HISTORY_BEFORE_THE_MOVE);
    }

    @Test
    void everyApplicationMigrationLiesInALocationTheServerRuns() throws IOException {
        Set<String> run = new TreeSet<>();
        for (String location : ApplicationMigrations.LOCATIONS) {
            run.addAll(urls(location.replace("classpath:", "classpath*:") + "/**/*.sql"));
        }

        assertThat(urls("classpath*:db/app/**/*.sql")).isNotEmpty().isEqualTo(run);
    }

    private static Set<String> urls(String pattern) throws IOException {
        List<String> urls = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
            urls.add(resource.getURL().toString());
        }
        return new TreeSet<>(urls);
    }
}
