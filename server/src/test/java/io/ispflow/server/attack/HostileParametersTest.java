package io.ispflow.server.attack;

import io.ispflow.server.Api;
import io.ispflow.server.attack.HostileValues.Hostile;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every path id, query parameter and header of the API document, given each value of
 * {@link HostileParameters}, by someone allowed to call the operation. What cannot be an id, a
 * page, a position or a date is refused with a documented problem; an odd search text may be
 * answered; nothing answers 5xx. Afterwards, per operation, nothing was stored, stalled or diverged.
 */
class HostileParametersTest extends ArenaTest {

    /** Who may call each operation, asked once per operation rather than once per hostile value. */
    private final Map<ApiDocument.Operation, Caller> allowed = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicNode> everyParameterTakesEveryHostileValue() {
        return arena.document().operations().stream().filter(this::hasParameters).map(operation -> group(operation.key(), watched -> {
            Stream<DynamicNode> ids = operation.pathParameters().isEmpty() ? Stream.empty()
                    : HostileParameters.pathIds(arena.foreignPackageId()).stream().map(hostile -> dynamicTest("path id = " + hostile,
                            () -> pathId(watched.watch(), operation, hostile)));
            Stream<DynamicNode> queries = operation.queryParameters().stream().flatMap(parameter ->
                    HostileParameters.forParameter(parameter).stream().map(hostile -> dynamicTest(parameter.name() + " = " + hostile,
                            () -> query(watched.watch(), operation, parameter.name(), hostile))));
            Stream<DynamicNode> headers = operation.headerParameters().stream().flatMap(parameter ->
                    HostileParameters.forParameter(parameter).stream().map(hostile -> dynamicTest(parameter.name() + ": " + hostile,
                            () -> header(watched.watch(), operation, parameter.name(), hostile))));
            return Stream.of(ids, queries, headers).flatMap(nodes -> nodes);
        }));
    }

    private void pathId(Watch watch, ApiDocument.Operation operation, Hostile hostile) {
        Request valid = arena.probes().effective(operation);
        String target = operation.template().replaceAll("\\{\\w+}", hostile.raw())
                + (valid.target().contains("?") ? valid.target().substring(valid.target().indexOf('?')) : "");
        Api.Answer answer = watch.send(someoneAllowed(operation), valid.at(target));
        Verdicts.judge(arena.invariants(), watch, answer, hostile.expect(), operation + " with the id " + hostile);
    }

    private void query(Watch watch, ApiDocument.Operation operation, String parameter, Hostile hostile) {
        Request valid = arena.probes().effective(operation);
        String path = valid.target().split("\\?")[0];
        String others = valid.target().contains("?") ? valid.target().split("\\?")[1] : "";
        String query = Stream.concat(Stream.of(others.split("&")).filter(pair -> !pair.isEmpty() && !pair.startsWith(parameter + "=")),
                Stream.of(parameter + "=" + hostile.raw())).reduce((a, b) -> a + "&" + b).orElseThrow();
        Api.Answer answer = watch.send(someoneAllowed(operation), valid.at(path + "?" + query));
        Verdicts.judge(arena.invariants(), watch, answer, hostile.expect(), operation + " with ?" + parameter + "=" + hostile, false);
    }

    private void header(Watch watch, ApiDocument.Operation operation, String header, Hostile hostile) {
        Api.Answer answer = watch.sendWith(someoneAllowed(operation), arena.probes().effective(operation), Map.of(header, hostile.raw()));
        Verdicts.judge(arena.invariants(), watch, answer, hostile.expect(), operation + " with " + header + ": " + hostile, false);
    }

    private Caller someoneAllowed(ApiDocument.Operation operation) {
        return allowed.computeIfAbsent(operation, this::findSomeoneAllowed);
    }

    /** The tenant's OWNER, or the platform administrator for what is installation-wide. */
    private Caller findSomeoneAllowed(ApiDocument.Operation operation) {
        if (arena.commands().has(operation)) {
            return arena.commands().of(operation).sender();
        }
        Request harmless = operation.changesSomething() ? arena.probes().harmless(operation).orElseThrow() : arena.probes().effective(operation);
        for (Caller caller : List.of(arena.cast().owner(), arena.cast().platformAdmin())) {
            int status = caller.send(arena.http(), harmless, Map.of()).status();
            if (status != 401 && status != 403) {
                return caller;
            }
        }
        throw new AssertionError("neither the OWNER nor the platform administrator may call " + operation);
    }

    private boolean hasParameters(ApiDocument.Operation operation) {
        return !operation.pathParameters().isEmpty() || !operation.queryParameters().isEmpty()
                || !operation.headerParameters().isEmpty();
    }
}
