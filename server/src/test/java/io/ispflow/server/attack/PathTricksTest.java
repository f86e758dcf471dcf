package io.ispflow.server.attack;

import io.ispflow.server.Api;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every route of the API document, spelled every way of {@link PathTrick}, by every caller of the
 * {@link Cast}. A spelling is refused (400, 404, 405, 429) or answered as the canonical path is for that
 * caller, never with more; without a token, every operation that is not public answers 401; a role
 * that may not call an operation is refused on every spelling; another tenant's ids look unknown.
 * Afterwards, per resource, nothing was stored, nothing stalled and nothing diverged.
 */
class PathTricksTest extends ArenaTest {

    /** What a spelling may answer instead of the canonical path's answer: refused as it stands, routed nowhere, or too often. */
    private static final Set<Integer> REFUSED = Set.of(400, 404, 405, 429);

    @TestFactory
    Stream<DynamicNode> everyRouteSpelledEveryWayByEveryone() {
        Map<String, List<ApiDocument.Operation>> byResource = new LinkedHashMap<>();
        arena.document().operations().forEach(operation -> byResource.computeIfAbsent(resource(operation), r -> new ArrayList<>()).add(operation));
        return byResource.entrySet().stream().map(resource -> group("/api/v1/" + resource.getKey(), watched -> resource.getValue()
                .stream().map(operation -> dynamicTest(operation.key(), () -> refusedOrAsCanonical(watched.watch(), operation)))));
    }

    private void refusedOrAsCanonical(Watch watch, ApiDocument.Operation operation) {
        List<String> wrong = new ArrayList<>();
        for (Caller caller : arena.cast().everyone()) {
            playedBy(watch, operation, caller, wrong);
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError(operation + ": " + wrong.size() + " answers give more than the canonical path:\n  "
                    + String.join("\n  ", wrong));
        }
    }

    /** Chooses the request the caller plays the tricks with, and checks the canonical answer before the spellings. */
    private void playedBy(Watch watch, ApiDocument.Operation operation, Caller caller, List<String> wrong) {
        Request effective = arena.probes().effective(operation);
        if (Probes.PUBLIC.contains(operation.key())) {
            spellings(watch, caller, effective, watch.send(caller, effective), wrong);
        } else if (caller.anonymous()) {
            Api.Answer canonical = watch.send(caller, effective);
            expect(canonical.status() == 401, "without a token", caller, effective, canonical, wrong);
            spellings(watch, caller, effective, canonical, wrong);
        } else if (Probes.ENDS_THE_SESSION.contains(operation.key())) {
            return;
        } else if (!operation.changesSomething()) {
            Api.Answer canonical = watch.send(caller, effective);
            if (!(Probes.COSTLY.contains(operation.key()) && canonical.status() < 300)) {
                spellings(watch, caller, effective, canonical, wrong);
            }
        } else if (caller.equals(arena.cast().otherTenant()) && !operation.pathParameters().isEmpty()) {
            Api.Answer canonical = watch.send(caller, effective);
            expect(canonical.status() == 403 || canonical.status() == 404, "with another tenant's ids", caller, effective, canonical, wrong);
            spellings(watch, caller, effective, canonical, wrong);
        } else {
            playedByASignedInCaller(watch, operation, caller, effective, wrong);
        }
    }

    /** A caller refused the harmless request plays the effective one; a caller allowed it plays the harmless one. */
    private void playedByASignedInCaller(Watch watch, ApiDocument.Operation operation, Caller caller, Request effective,
                                         List<String> wrong) {
        Optional<Request> harmless = arena.probes().harmless(operation);
        Request first = harmless.orElse(effective);
        Api.Answer answer = watch.send(caller, first);
        boolean denied = answer.status() == 401 || answer.status() == 403;
        if (denied && harmless.isPresent()) {
            Api.Answer canonical = watch.send(caller, effective);
            expect(canonical.status() == answer.status(), "refused the harmless request but not this one", caller, effective, canonical, wrong);
            spellings(watch, caller, effective, canonical, wrong);
        } else if (denied || harmless.isPresent()) {
            spellings(watch, caller, first, answer, wrong);
        }
    }

    private static void spellings(Watch watch, Caller caller, Request canonical, Api.Answer canonicalAnswer, List<String> wrong) {
        ProblemAnswers.misshapen(canonicalAnswer).ifPresent(problem -> wrong.add(caller + ": " + canonical + " -> " + problem
                + ": " + canonicalAnswer.status() + " " + ProblemAnswers.abbreviated(canonicalAnswer.text())));
        for (PathTrick trick : PathTrick.values()) {
            Request spelled = canonical.at(trick.spell(canonical.target()));
            Api.Answer answer = watch.send(caller, spelled);
            Optional<String> misshapen = ProblemAnswers.misshapen(answer);
            if (misshapen.isPresent()) {
                wrong.add(caller + ": " + spelled + " -> " + misshapen.get() + ": " + answer.status() + " " + ProblemAnswers.abbreviated(answer.text()));
            } else if (answer.status() != canonicalAnswer.status() && !REFUSED.contains(answer.status())) {
                wrong.add(caller + ": " + spelled + " -> " + answer.status() + " " + ProblemAnswers.abbreviated(answer.text())
                        + " where the canonical path answers " + canonicalAnswer.status());
            }
        }
    }

    private static void expect(boolean holds, String when, Caller caller, Request request, Api.Answer answer, List<String> wrong) {
        if (!holds) {
            wrong.add(caller + " " + when + ": " + request + " -> " + answer.status() + " " + ProblemAnswers.abbreviated(answer.text()));
        }
    }

    private static String resource(ApiDocument.Operation operation) {
        return operation.template().substring("/api/v1/".length()).split("/")[0];
    }
}
