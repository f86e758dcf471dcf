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
import static io.ispflow.server.architecture.Modules.SESSIONS;

/**
 * The modules' floors (docs/architecture.md): the kernel at the bottom, the event store on it; the
 * command side, the read model, the query side, the RADIUS projector, the live sessions and the integration
 * events beside each other, meeting only through the kernel's messages and the event store; the server on top, the
 * one module that knows the others. Maven's dependencies hold most of this today; these rules hold it whatever
 * a pom comes to say.
 */
@AnalyzeClasses(packages = "io.ispflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleFloorsTest {

    @ArchTest
    static final ArchRule kernelKnowsNoModule = noClasses()
            .that().resideInAPackage(KERNEL)
            .should().dependOnClassesThat().resideInAnyPackage(
                    EVENT_STORE, COMMAND_SIDE, PROJECTIONS, QUERY_SIDE, RADIUS_PROJECTOR, INTEGRATION_EVENTS, SESSIONS, SERVER)
            .as("the kernel depends on no other module");

    @ArchTest
    static final ArchRule eventStoreKnowsOnlyTheKernel = noClasses()
            .that().resideInAPackage(EVENT_STORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    COMMAND_SIDE, PROJECTIONS, QUERY_SIDE, RADIUS_PROJECTOR, INTEGRATION_EVENTS, SESSIONS, SERVER)
            .as("event-store depends on no module but the kernel");

    @ArchTest
    static final ArchRule commandSideKnowsNoReadSide = noClasses()
            .that().resideInAPackage(COMMAND_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    PROJECTIONS, QUERY_SIDE, RADIUS_PROJECTOR, INTEGRATION_EVENTS, SESSIONS, SERVER)
            .as("command-side never imports projections, query-side, radius-projector, integration-events, sessions "
                + "or server");

    @ArchTest
    static final ArchRule readSidesKnowNoCommandSide = noClasses()
            .that().resideInAnyPackage(PROJECTIONS, QUERY_SIDE, RADIUS_PROJECTOR, INTEGRATION_EVENTS, SESSIONS)
            .should().dependOnClassesThat().resideInAPackage(COMMAND_SIDE)
            .as("projections, query-side, radius-projector, integration-events and sessions never import command-side");

    @ArchTest
    static final ArchRule projectionsKnowNoOtherReadSide = noClasses()
            .that().resideInAPackage(PROJECTIONS)
            .should().dependOnClassesThat().resideInAnyPackage(QUERY_SIDE, RADIUS_PROJECTOR, INTEGRATION_EVENTS, SESSIONS)
            .as("projections never import query-side, radius-projector, integration-events or sessions");

    @ArchTest
    static final ArchRule querySideKnowsNoProjectorNorReadModelTables = noClasses()
            .that().resideInAPackage(QUERY_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(PROJECTIONS, RADIUS_PROJECTOR, INTEGRATION_EVENTS, SESSIONS)
            .as("query-side never imports projections or sessions (it asks them through the QueryGateway), "
                + "radius-projector or integration-events");

    @ArchTest
    static final ArchRule radiusProjectorKnowsNoOtherReadSide = noClasses()
            .that().resideInAPackage(RADIUS_PROJECTOR)
            .should().dependOnClassesThat().resideInAnyPackage(PROJECTIONS, QUERY_SIDE, INTEGRATION_EVENTS, SESSIONS)
            .as("radius-projector never imports projections, query-side, integration-events or sessions");

    @ArchTest
    static final ArchRule integrationEventsKnowNoOtherReadSide = noClasses()
            .that().resideInAPackage(INTEGRATION_EVENTS)
            .should().dependOnClassesThat().resideInAnyPackage(PROJECTIONS, QUERY_SIDE, RADIUS_PROJECTOR, SESSIONS)
            .as("integration-events never imports projections, query-side, radius-projector or sessions");

    @ArchTest
    static final ArchRule sessionsUseOnlyTheRadiusDatabase = noClasses()
            .that().resideInAPackage(SESSIONS)
            .should().dependOnClassesThat().resideInAnyPackage(PROJECTIONS, QUERY_SIDE, INTEGRATION_EVENTS)
            .as("sessions never import projections, query-side or integration-events; of radius-projector they use "
                + "the RADIUS database, where FreeRADIUS writes radacct, and the routers' addresses and secrets (RadiusClients)");

    @ArchTest
    static final ArchRule onlyTheServerKnowsTheServer = noClasses()
            .that().resideOutsideOfPackage(SERVER)
            .should().dependOnClassesThat().resideInAPackage(SERVER)
            .as("no module but the server imports the server");
}
