package io.ispflow.server.attack;

/** One watch for a group of dynamic tests, started when the first of them runs. */
final class Watched {

    private final Invariants invariants;
    private Watch watch;

    Watched(Invariants invariants) {
        this.invariants = invariants;
    }

    Watch watch() {
        if (watch == null) {
            watch = invariants.watch();
        }
        return watch;
    }
}
