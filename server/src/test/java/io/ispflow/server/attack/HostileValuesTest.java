package io.ispflow.server.attack;

import io.ispflow.server.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every field of every JSON body in the API document, given each value of {@link HostileValues} for
 * its kind, in an otherwise valid command sent by someone allowed to send it. A value the field
 * cannot take is refused with a documented problem; a value it can take may be accepted, and then
 * a 2xx means it was stored. Afterwards, per operation, nothing refused was stored, nothing stalled
 * and nothing diverged.
 */
class HostileValuesTest extends ArenaTest {

    HostileValues catalogue;

    @BeforeAll
    void theCatalogue() {
        catalogue = new HostileValues(arena.foreignPackageId());
    }

    @TestFactory
    Stream<DynamicNode> everyFieldOfEveryBodyTakesEveryHostileValue() {
        return arena.document().operations().stream().filter(operation -> operation.bodySchema() != null)
                .map(operation -> group(operation.key(), watched -> operation.bodyFields().stream().flatMap(field ->
                        catalogue.forField(operation.bodySchema(), field).stream().map(hostile -> dynamicTest(field.name() + " = " + hostile,
                                () -> sendAndJudge(watched.watch(), operation, field.name(), hostile))))));
    }

    private void sendAndJudge(Watch watch, ApiDocument.Operation operation, String field, HostileValues.Hostile hostile) {
        ValidCommands.Command command = arena.commands().of(operation);
        ObjectNode body = command.body().get();
        body.putRawValue(field, new RawValue(hostile.raw()));
        Request request = Request.json(operation.method(), command.target().get(), body.toString());
        Api.Answer answer = watch.send(command.sender(), request);
        Verdicts.judge(arena.invariants(), watch, answer, hostile.expect(), operation + " with " + field + " = " + hostile,
                command.storesEvent());
    }
}
