package io.ispflow.server.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * No module's SQL names another module's tables: a module reads and writes only the tables it owns
 * ({@link TableOwners}) and asks the owner for anything else, through its messages or a narrow
 * interface. The SQL is what the compiled classes hold as string constants, in every module on the
 * server's class path. Axon's own tables are the event-store module's alone.
 */
@AnalyzeClasses(packages = "io.ispflow", importOptions = ImportOption.DoNotIncludeTests.class)
class SqlOwnershipTest {

    @ArchTest
    static final ArchRule noModuleNamesAnotherModulesTables = classes()
            .should(nameOnlyTablesOfTheirOwnModule())
            .because("a table changes with the module that owns it; another module asks that module instead");

    private static ArchCondition<JavaClass> nameOnlyTablesOfTheirOwnModule() {
        return new ArchCondition<>("name in SQL only tables of their own module") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getSource().ifPresent(source -> {
                    String module = Module.of(source.getUri());
                    for (String text : ClassFileStrings.of(source.getUri())) {
                        for (String table : TableOwners.namedIn(text)) {
                            String owner = TableOwners.OWNER.get(table);
                            if (!owner.equals(module)) {
                                events.add(SimpleConditionEvent.violated(type, violation(type, module, table, owner, text)));
                            }
                        }
                    }
                });
            }
        };
    }

    private static String violation(JavaClass type, String module, String table, String owner, String sql) {
        String whose = owner.equals(Module.EVENT_STORE)
                ? "Axon's table " + table + ", which only the " + Module.EVENT_STORE + " module reads"
                : "table " + table + " of " + owner;
        return type.getName() + " (" + module + ") names " + whose + ", in: " + sql.strip().replaceAll("\\s+", " ");
    }
}
