package io.ispflow.server.attack;

import io.ispflow.server.Api;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every read of the API document that names something by id, aimed at this tenant's target by another tenant's
 * OWNER, as JSON and as each other form a read answers in (CSV, HTML): it answers 404 exactly as for an unknown id
 * (403 where the route is not a tenant's at all, 406 where the read has no such form), and no target's name shows.
 */
class ForeignReadsTest extends ArenaTest {

    private static final List<String> ACCEPTED = List.of("application/json", "text/csv", "text/html", "*/*");

    @TestFactory
    Stream<DynamicNode> anotherTenantsOwnerReadsNothingOfThisTenant() {
        return arena.document().operations().stream()
                .filter(operation -> !operation.changesSomething() && !operation.pathParameters().isEmpty())
                .map(operation -> group(operation.key(), watched -> ACCEPTED.stream().map(accept ->
                        dynamicTest("Accept: " + accept, () -> {
                            Request aimed = arena.probes().effective(operation);
                            Api.Answer answer = watched.watch().sendWith(arena.cast().otherTenant(), aimed, Map.of("Accept", accept));
                            assertThat(answer.status()).as(aimed + " as another tenant's OWNER").isIn(403, 404, 406);
                            assertThat(answer.code()).isIn("FORBIDDEN", "NOT_FOUND", "NOT_ACCEPTABLE");
                            assertThat(answer.text()).as("the targets' names and code")
                                    .doesNotContain("Target ", "target-", arena.targets().voucherCode());
                        }))));
    }
}
