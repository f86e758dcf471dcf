package io.ispflow.server.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
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
import java.util.Set;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Controllers hold no rules: a {@code @RestController} turns HTTP into the kernel's messages, sends them
 * through a gateway and turns the answer into HTTP. Rules live in aggregates (and the policies they
 * call) and answers in query handlers, so a controller reaches neither the state a rule would read
 * (storage, aggregates, handlers, the read model's tables) nor decides a refusal itself.
 */
@AnalyzeClasses(packages = "io.ispflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ControllersTest {

    /**
     * Controllers that break these rules today, each for a reason of its own. RouterApiController authenticates a router's own call itself, and it
     * and RouterSetupScriptController ask RouterApiTokens, the subscribing processor that keeps the
     * tokens' table, for a router's token: a query of its own would keep the handler out of their reach.
     * {@link #everyControllerKnownToBreakARuleStillDoes} fails once one of them keeps every rule, or is gone.
     */
    static final Set<String> KNOWN_TO_BREAK = Set.of(
            "io.ispflow.command.router.RouterApiController",
            "io.ispflow.command.router.RouterSetupScriptController");

    static final List<Class<? extends Annotation>> MESSAGE_HANDLERS =
            List.of(CommandHandler.class, EventSourcingHandler.class, EventHandler.class, QueryHandler.class);

    static final DescribedPredicate<JavaClass> CONTROLLERS =
            describe("@RestController classes", type -> type.isAnnotatedWith(RestController.class));

    static final DescribedPredicate<JavaClass> KEEPING_THE_RULES = CONTROLLERS.and(not(
            describe("known to break these rules (KNOWN_TO_BREAK)", type -> KNOWN_TO_BREAK.contains(type.getName()))));

    @ArchTest
    static final ArchRule controllersReachNoStorage = reachNoStorage(KEEPING_THE_RULES);

    @ArchTest
    static final ArchRule controllersReachTheDomainOnlyThroughMessages = reachTheDomainOnlyThroughMessages(KEEPING_THE_RULES);

    @ArchTest
    static final ArchRule controllersRaiseNoRefusal = raiseNoRefusal(KEEPING_THE_RULES);

    @ArchTest
    static void everyControllerKnownToBreakARuleStillDoes(JavaClasses classes) {
        for (String name : KNOWN_TO_BREAK) {
            assertThat(classes.contain(name)).as("%s is gone: take it out of KNOWN_TO_BREAK", name).isTrue();
            DescribedPredicate<JavaClass> controller = CONTROLLERS.and(describe(name, type -> type.getName().equals(name)));
            assertThat(List.of(reachNoStorage(controller), reachTheDomainOnlyThroughMessages(controller), raiseNoRefusal(controller)))
                    .as("%s keeps every controller rule now: take it out of KNOWN_TO_BREAK", name)
                    .anyMatch(rule -> rule.evaluate(classes).hasViolation());
        }
    }

    static ArchRule reachNoStorage(DescribedPredicate<JavaClass> controllers) {
        return noClasses()
                .that(are(controllers))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.springframework.jdbc..",
                        "jakarta.persistence..", "org.springframework.data..",
                        "org.axonframework.eventsourcing.eventstore..", "org.axonframework.eventhandling.tokenstore..",
                        "org.axonframework.eventhandling.deadletter..")
                .as("controllers reach no storage: no JDBC (DataSource, JdbcTemplate), no JPA entity or "
                    + "repository, nor Axon's event, token or dead-letter store");
    }

    static ArchRule reachTheDomainOnlyThroughMessages(DescribedPredicate<JavaClass> controllers) {
        return noClasses()
                .that(are(controllers))
                .should().dependOnClassesThat(are(describe("aggregates or message handlers",
                        type -> type.isAnnotatedWith(Aggregate.class) || type.getMethods().stream()
                                .anyMatch(method -> MESSAGE_HANDLERS.stream().anyMatch(method::isAnnotatedWith)))))
                .orShould().dependOnClassesThat().resideInAPackage(Modules.PROJECTIONS)
                .as("controllers reach the domain only through the gateways: they depend on no aggregate, no class "
                    + "that handles commands, events or queries, and nothing of the read model (projections)");
    }

    static ArchRule raiseNoRefusal(DescribedPredicate<JavaClass> controllers) {
        return noClasses()
                .that(are(controllers))
                .should().callConstructorWhere(describe("the class constructed is a DomainException",
                        call -> call.getTargetOwner().isAssignableTo(DomainException.class)))
                .as("controllers raise no refusal: they construct no DomainException; the aggregate, policy or "
                    + "query handler whose rule it is raises it, and the controller lets it pass");
    }
}
