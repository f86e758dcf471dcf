package io.ispflow.server.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.ispflow.kernel.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.web.bind.annotation.RestController;

import java.lang.annotation.Annotation;
import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Controllers hold no rules: a {@code @RestController} turns HTTP into the kernel's messages, sends them
 * through a gateway and turns the answer into HTTP. Rules live in aggregates (and the policies they
 * call) and answers in query handlers, so a controller reaches neither the state a rule would read
 * (storage, aggregates, handlers, the read model's tables) nor decides a refusal itself.
 */
@AnalyzeClasses(packages = "io.ispflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ControllersTest {

    static final List<Class<? extends Annotation>> MESSAGE_HANDLERS =
            List.of(CommandHandler.class, EventSourcingHandler.class, EventHandler.class, QueryHandler.class);

    static final DescribedPredicate<JavaClass> CONTROLLERS =
            describe("@RestController classes", type -> type.isAnnotatedWith(RestController.class));

    @ArchTest
    static final ArchRule controllersReachNoStorage = noClasses()
            .that(are(CONTROLLERS))
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javax.sql..", "org.springframework.jdbc..",
                    "jakarta.persistence..", "org.springframework.data..",
                    "org.axonframework.eventsourcing.eventstore..", "org.axonframework.eventhandling.tokenstore..",
                    "org.axonframework.eventhandling.deadletter..")
            .as("controllers reach no storage: no JDBC (DataSource, JdbcTemplate), no JPA entity or "
                + "repository, nor Axon's event, token or dead-letter store");

    @ArchTest
    static final ArchRule controllersReachTheDomainOnlyThroughMessages = noClasses()
            .that(are(CONTROLLERS))
            .should().dependOnClassesThat(are(describe("aggregates or message handlers",
                    type -> type.isAnnotatedWith(Aggregate.class) || type.getMethods().stream()
                            .anyMatch(method -> MESSAGE_HANDLERS.stream().anyMatch(method::isAnnotatedWith)))))
            .orShould().dependOnClassesThat().resideInAPackage(Modules.PROJECTIONS)
            .as("controllers reach the domain only through the gateways: they depend on no aggregate, no class "
                + "that handles commands, events or queries, and nothing of the read model (projections)");

    @ArchTest
    static final ArchRule controllersRaiseNoRefusal = noClasses()
            .that(are(CONTROLLERS))
            .should().callConstructorWhere(describe("the class constructed is a DomainException",
                    call -> call.getTargetOwner().isAssignableTo(DomainException.class)))
            .as("controllers raise no refusal: they construct no DomainException; the aggregate, policy or "
                + "query handler whose rule it is raises it, and the controller lets it pass");
}
