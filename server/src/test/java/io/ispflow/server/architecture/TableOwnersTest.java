package io.ispflow.server.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ownership that {@link SqlOwnershipTest} enforces stays true to the migrations that create the tables. */
class TableOwnersTest {

    private static final Pattern CREATED = Pattern.compile(
            "(?i)CREATE\\s+(?:TABLE|SEQUENCE)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");

    private record Creation(String module, String migration, String table) {
    }

    @Test
    void everyTableAMigrationCreatesHasItsOwner() throws Exception {
        assertThat(creations()).filteredOn(creation -> !TableOwners.OWNER.containsKey(creation.table()))
                .as("tables no module owns: add each to TableOwners.OWNER under the module that reads and writes it")
                .isEmpty();
    }

    /**
     * Axon's tables are in every database that holds a processor's tokens. V4, released before each
     * module kept its migrations, creates the server's revoked_session with command-side's tenant and
     * operator tables; a released migration stays whole (docs/operations.md, "Schema migrations").
     * The RADIUS database has one schema history, in radius-projector: its V1, FreeRADIUS's whole schema,
     * creates the accounting tables that the sessions module came to own after it, and the sessions
     * module's own RADIUS tables (radquota) are created there too.
     */
    @Test
    void aModulesMigrationsCreateOnlyItsOwnTables() throws Exception {
        assertThat(creations())
                .filteredOn(creation -> !(creation.migration().endsWith("V4__operators.sql")
                                          && creation.table().equals("revoked_session")))
                .filteredOn(creation -> !(creation.migration().contains("/db/radius/")
                                          && Module.SESSIONS.equals(TableOwners.OWNER.get(creation.table()))))
                .filteredOn(creation -> TableOwners.OWNER.containsKey(creation.table()))
                .filteredOn(creation -> !TableOwners.OWNER.get(creation.table()).equals(Module.EVENT_STORE))
                .filteredOn(creation -> !TableOwners.OWNER.get(creation.table()).equals(creation.module()))
                .as("tables created by a module that TableOwners.OWNER does not name as their owner")
                .isEmpty();
    }

    private static List<Creation> creations() throws IOException, URISyntaxException {
        List<Creation> creations = new ArrayList<>();
        for (URL root : Collections.list(TableOwnersTest.class.getClassLoader().getResources("db"))) {
            if (root.getProtocol().equals("file") && root.toString().contains("/test-classes/")) {
                continue;
            }
            URI uri = root.toURI();
            String module = Module.of(URI.create(uri + "/"));
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    creations.addAll(createdUnder(jar.provider().getPath(uri), module));
                }
            } else {
                creations.addAll(createdUnder(Path.of(uri), module));
            }
        }
        assertThat(creations).as("migrations on the class path").isNotEmpty();
        return creations;
    }

    private static List<Creation> createdUnder(Path root, String module) throws IOException {
        List<Creation> creations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path migration : files.filter(file -> file.toString().endsWith(".sql")).toList()) {
                Matcher created = CREATED.matcher(Files.readString(migration));
                while (created.find()) {
                    creations.add(new Creation(module, migration.toString(), created.group(1).toLowerCase()));
                }
            }
        }
        return creations;
    }
}
