package io.ispflow.server.attack;

import io.ispflow.server.Api;

/**
 * The one rule for an answer to something hostile: a documented refusal, or, where the catalogue
 * allows it, a 2xx; and a command's 2xx means its event was stored.
 */
final class Verdicts {

    private Verdicts() {
    }

    static void judge(Invariants invariants, Watch watch, Api.Answer answer, HostileValues.Expect expect, String what) {
        judge(invariants, watch, answer, expect, what, true);
    }

    /** {@code command}: the request was meant to change something, so a 2xx must have stored an event. */
    static void judge(Invariants invariants, Watch watch, Api.Answer answer, HostileValues.Expect expect, String what,
                      boolean command) {
        String verdict = what + " answered " + answer.status() + " " + ProblemAnswers.abbreviated(answer.text());
        ProblemAnswers.misshapen(answer).ifPresent(problem -> {
            throw new AssertionError(problem + ": " + verdict);
        });
        if (answer.status() < 300) {
            if (expect == HostileValues.Expect.REFUSED) {
                throw new AssertionError("accepted what it must refuse: " + verdict);
            }
            if (command && !invariants.storedBy(watch).containsKey(watch.requestIdOf(answer))) {
                throw new AssertionError("a 2xx, yet no event was stored: " + verdict);
            }
        }
    }
}
