package io.ispflow.query;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request waiting for the read model shares one reader of its token, however many wait. */
class ReadModelWatchTest {

    static final Duration INTERVAL = Duration.ofMillis(10);

    final AtomicReference<TrackingToken> token = new AtomicReference<>(GapAwareTrackingToken.newInstance(10, Set.of()));
    final AtomicInteger tokenReads = new AtomicInteger();
    final ReadModelWatch watch = new ReadModelWatch(() -> {
        tokenReads.incrementAndGet();
        return List.of(token.get());
    }, INTERVAL);
    final ExecutorService requests = Executors.newFixedThreadPool(50);

    @AfterEach
    void stop() {
        requests.shutdownNow();
        watch.close();
    }

    @Test
    void manyWaitingRequestsReadTheTokenOnceAnInterval() throws Exception {
        List<Future<Boolean>> waiting = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            waiting.add(requests.submit(() -> watch.awaitPassed(20, Duration.ofSeconds(10))));
        }
        Thread.sleep(500);

        // 50 requests polling on their own would have read it about 50 * 500 / 10 = 2,500 times
        assertThat(tokenReads.get()).isBetween(1, 500 / (int) INTERVAL.toMillis() + 5);

        token.set(GapAwareTrackingToken.newInstance(20, Set.of()));
        for (Future<Boolean> request : waiting) {
            assertThat(request.get(2, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aPositionAlreadyPassedAnswersWithoutWaitingForTheBound() throws Exception {
        long started = System.nanoTime();

        assertThat(watch.awaitPassed(10, Duration.ofSeconds(10))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aPositionNotPassedInTimeIsReportedAndNobodyKeepsReading() throws Exception {
        assertThat(watch.awaitPassed(11, Duration.ofMillis(100))).isFalse();

        int readsWhenGivenUp = tokenReads.get();
        Thread.sleep(100);
        assertThat(tokenReads.get()).isLessThanOrEqualTo(readsWhenGivenUp + 1);
    }

    @Test
    void aGapTheProcessorHasNotFilledIsNotPassed() throws Exception {
        token.set(GapAwareTrackingToken.newInstance(30, Set.of(25L)));

        assertThat(watch.awaitPassed(25, Duration.ofMillis(50))).isFalse();
        assertThat(watch.awaitPassed(24, Duration.ofMillis(50))).isTrue();
    }
}
