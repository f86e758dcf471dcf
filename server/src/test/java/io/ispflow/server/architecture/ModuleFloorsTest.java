package io.ispflow.server.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.ispflow.server.architecture.Modules.COMMAND_SIDE;
import static io.ispflow.server.architecture.Modules.EVENT_STORE;
import static io.ispflow.server.architecture.Modules.INTEGRATION_EVENTS;
import static io.ispflow.server.architecture.Modules.KERNEL;
import static io.ispflow.server.architecture.Modules.PROJECTIONS;
import static io.ispflow.server.architecture.Modules.QUERY_SIDE;
import static io.ispflow.server.architecture.Modules.RADIUS_PROJECTOR;
import static io.ispflow.server.architecture.Modules.SERVER;

/**
 * The modules' floors (docs/architecture.md): the kernel at the bottom, the event store on it; the
 * command side, the read model, the query side, the RADIUS projector and the integration events beside
 * each other, meeting only through the kernel's messages and the event store; the server on top, the
 * one module that knows the others. Maven's dependencies hold most of this today; these rules hold it whatever
 * a pom comes to say.
 */
@AnalyzeClasses(packages = "io.ispflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleFloorsTest {

    @ArchTest
    static final ArchRule kernelKnowsNoModule = noClasses()
            .that().resideInAPackage(KERNEL)
            .should().dependOnClassesThat().resideInAnyPackage(
                    EVENT_STORE, COMMAND_SIDE, PROJECTIONS, QUERY_SIDE, RADIUS_PROJECTOR, INTEGRATION_EVENTS, SERVER)
            .as("the kernel depends on no other module");

    @ArchTest
    static final ArchRule eventStoreKnowsOnlyTheKernel = noClasses()
            .that().resideInAPackage(EVENT_STORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    COMMAND_SIDE, PROJECTIONS, QUERY_SIDE, RADIUS_PROJECTOR, INTEGRATION_EVENTS, SERVER)
            .as("event-store depends on no module but the kernel");

    @ArchTest
    static final ArchRule commandSideKnowsNoReadSide = noClasses()
            .that().resideInAPackage(COMMAND_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    PROJECTIONS, QUERY_SIDE, RADIUS_PROJECTOR, INTEGRATION_EVENTS, SERVER)
            .as("command-side never imports projections, query-side, radius-projector, integration-events or server");

    @ArchTest
    static final ArchRule readSidesKnowNoCommandSide = noClasses()
            .that().resideInAnyPackage(PROJECTIONS, QUERY_SIDE, RADIUS_PROJECTOR, INTEGRATION_EVENTS)
            .should().dependOnClassesThat().resideInAPackage(COMMAND_SIDE)
            .as("projections, query-side, radius-projector and integration-events never import command-side");

    @ArchTest
    static final ArchRule projectionsKnowNoOtherReadSide = noClasses()
            .that().resideInAPackage(PROJECTIONS)
            .should().dependOnClassesThat().resideInAnyPackage(QUERY_SIDE, RADIUS_PROJECTOR, INTEGRATION_EVENTS)
            .as("projections never import query-side, radius-projector or integration-events");

    @ArchTest
    static final ArchRule querySideKnowsNoProjectorNorReadModelTables = noClasses()
            .that().resideInAPackage(QUERY_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(PROJECTIONS, RADIUS_PROJECTOR, INTEGRATION_EVENTS)
            .as("query-side never imports projections (it asks them through the QueryGateway), radius-projector "
                + "or integration-events");

    @ArchTest
    static final ArchRule radiusProjectorKnowsNoOtherReadSide = noClasses()
            .that().resideInAPackage(RADIUS_PROJECTOR)
            .should().dependOnClassesThat().resideInAnyPackage(PROJECTIONS, QUERY_SIDE, INTEGRATION_EVENTS)
            .as("radius-projector never imports projections, query-side or integration-events");

    @ArchTest
    static final ArchRule integrationEventsKnowNoOtherReadSide = noClasses()
            .that().resideInAPackage(INTEGRATION_EVENTS)
            .should().dependOnClassesThat().resideInAnyPackage(PROJECTIONS, QUERY_SIDE, RADIUS_PROJECTOR)
            .as("integration-events never imports projections, query-side or radius-projector");

    @ArchTest
    static final ArchRule onlyTheServerKnowsTheServer = noClasses()
            .that().resideOutsideOfPackage(SERVER)
            .should().dependOnClassesThat().resideInAPackage(SERVER)
            .as("no module but the server imports the server");
}
