package io.ispflow.server.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's own tables and the classes that store in them belong to the {@code event-store} module
 * ({@code io.ispflow.eventstore}); every other main class asks it. ArchUnit sees types but not strings, so
 * the tables' names are looked for in the compiled classes' constant pools, where every string literal and
 * every constant inlined from another class ends up.
 */
@AnalyzeClasses(packages = "io.ispflow", importOptions = ImportOption.DoNotIncludeTests.class)
class AxonStorageBelongsToTheEventStoreTest {

    private static final String EVENT_STORE = "io.ispflow.eventstore..";

    /** Axon's tables in this schema's snake_case, and in Axon's default names, in any case. */
    private static final Pattern AXON_TABLE = Pattern.compile("(?i)\\b(domain_?event_?entry|snapshot_?event_?entry"
            + "|token_?entry|dead_?letter_?entry|saga_?entry|association_?value_?entry)\\b");

    @ArchTest
    static final ArchRule noClassOutsideTheEventStoreNamesAxonsTables = classes()
            .that().resideOutsideOfPackage(EVENT_STORE)
            .should(new ArchCondition<>("name none of Axon's tables in a string or constant") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    for (String constant : utf8Constants(javaClass)) {
                        Matcher table = AXON_TABLE.matcher(constant);
                        if (table.find()) {
                            events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                    + " names Axon's table " + table.group() + " in \"" + constant + "\""));
                        }
                    }
                }
            });

    /**
     * Axon's token classes, for this rule, are its token store ({@code TokenStore}, {@code JdbcTokenStore},
     * {@code TokenSchema}, its JPA entry); with them go the storage classes of the event store and of the
     * dead-letter queue ({@code JdbcEventStorageEngine}, {@code EventSchema}, {@code DeadLetterSchema},
     * {@code JdbcSequencedDeadLetterQueue}, ...), and of sagas. Tracking tokens as processors and events
     * hand them out ({@code TrackingToken}, {@code GapAwareTrackingToken}, {@code ReplayToken}) are Axon's
     * messaging API, not its storage, and stay open to every module.
     */
    @ArchTest
    static final ArchRule noClassOutsideTheEventStoreUsesAxonsTokenStoreOrTheStorageOfEventsDeadLettersAndSagas =
            noClasses().that().resideOutsideOfPackage(EVENT_STORE)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.axonframework.eventhandling.tokenstore..",
                            "org.axonframework.eventsourcing.eventstore.jdbc..",
                            "org.axonframework.eventsourcing.eventstore.jpa..",
                            "org.axonframework.eventhandling.deadletter.jdbc..",
                            "org.axonframework.eventhandling.deadletter.jpa..",
                            "org.axonframework.modelling.saga.repository.jdbc..",
                            "org.axonframework.modelling.saga.repository.jpa..");

    /** The rules above would pass on a module the scan missed. */
    @ArchTest
    static void theScanSeesEveryModulesMainClasses(JavaClasses classes) {
        assertThat(classes.stream().map(JavaClass::getPackageName).map(name -> name.split("\\.")[2]).distinct())
                .contains("kernel", "eventstore", "command", "projection", "query", "radius", "integration", "server");
    }

    /** The text entries of a class file's constant pool: string literals, inlined constants, names. */
    private static List<String> utf8Constants(JavaClass javaClass) {
        try (InputStream in = javaClass.getSource().orElseThrow().getUri().toURL().openStream();
             DataInputStream classFile = new DataInputStream(in)) {
            classFile.skipNBytes(8); // magic, minor and major version
            int count = classFile.readUnsignedShort();
            List<String> texts = new ArrayList<>();
            for (int index = 1; index < count; index++) {
                int tag = classFile.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts.add(classFile.readUTF());
                    case 7, 8, 16, 19, 20 -> classFile.skipNBytes(2);
                    case 15 -> classFile.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> classFile.skipNBytes(4);
                    case 5, 6 -> {
                        classFile.skipNBytes(8);
                        index++; // a long or a double takes two entries
                    }
                    default -> throw new IllegalStateException("constant pool tag " + tag + " in " + javaClass.getName());
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
