package io.ispflow.radius.rebuild;

/** Told of every event a replay reads; first, roughly how many there are. */
public interface ReplayProgress {

    /** No one listens: a drift check reports only its result. */
    ReplayProgress NONE = new ReplayProgress() {
        @Override
        public void total(long events) {
        }

        @Override
        public void event() {
        }
    };

    /** The event store's head position when the replay starts, which is about its number of events. */
    void total(long events);

    void event();
}
