package io.ispflow.server.attack;

import io.ispflow.server.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * An attacker's test: on the shared test server, from an {@link Arena} of its own, in groups of
 * cases each followed by the {@link Invariants} over everything the group sent.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ArenaTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext server;

    Arena arena;

    @BeforeAll
    void theArena() {
        arena = Arena.prepare(port, server);
    }

    /** The group's cases, given the watch they send through, then "afterwards: nothing stored, stalled or diverged". */
    DynamicContainer group(String name, Function<Watched, Stream<? extends DynamicNode>> cases) {
        Watched watched = new Watched(arena.invariants());
        Stream<DynamicNode> afterwards = Stream.of(dynamicTest("afterwards: nothing stored, stalled or diverged",
                () -> arena.invariants().hold(watched.watch())));
        return dynamicContainer(name, Stream.concat(cases.apply(watched), afterwards));
    }
}
