package io.ispflow.server.attack;

import io.ispflow.server.Api;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every operation with a JSON body, sent each body of {@link HostileBodies}: deep nesting, duplicate
 * keys, other JSON values, broken UTF-8, other content types. Each is refused with a documented
 * problem, or, where the catalogue allows it, accepted and stored. Afterwards, per operation, nothing
 * refused was stored, nothing stalled and nothing diverged.
 */
class HostileBodiesTest extends ArenaTest {

    @TestFactory
    Stream<DynamicNode> everyBodyBentOutOfShape() {
        return arena.document().operations().stream().filter(operation -> operation.bodySchema() != null)
                .map(operation -> group(operation.key(), watched -> HostileBodies.ALL.stream()
                        .map(spoiler -> dynamicTest(spoiler.name(), () -> sendAndJudge(watched.watch(), operation, spoiler)))));
    }

    private void sendAndJudge(Watch watch, ApiDocument.Operation operation, HostileBodies.Spoiler spoiler) {
        ValidCommands.Command command = arena.commands().of(operation);
        Request valid = Request.json(operation.method(), command.target().get(), command.body().get().toString());
        Api.Answer answer = watch.send(command.sender(), spoiler.spoil().apply(valid, operation.bodyFields().get(0).name()));
        Verdicts.judge(arena.invariants(), watch, answer, spoiler.expect(), operation + " with " + spoiler, command.storesEvent());
    }
}
