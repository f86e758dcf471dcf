package io.ispflow.query.router;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.router.FindRouter;
import io.ispflow.kernel.router.FindRouterPulses;
import io.ispflow.kernel.router.ListRouters;
import io.ispflow.kernel.router.RouterAvailability;
import io.ispflow.kernel.router.RouterHealth;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterList;
import io.ispflow.kernel.router.RouterPulse;
import io.ispflow.kernel.router.RouterPulses;
import io.ispflow.kernel.router.RouterView;
import io.ispflow.kernel.router.ShowRouterAvailability;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Router reads of API.md. A router's health comes from the read model (its online and offline events); its last
 * sign of life and report from the command side, which heartbeats update without events.
 */
@RestController
@RequestMapping("/api/v1/routers")
class RouterQueryController {

    /** Availability without a window: the last week. */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    private final Answers answers;

    RouterQueryController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping
    RouterList list(Actor actor, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) RouterHealth health) {
        RouterList routers = answers.list(new ListRouters(actor.tenantId(), new PageRequest(page, size), health), RouterList.class);
        Map<UUID, RouterPulse> pulses = pulses(actor, routers.items().stream().map(RouterView::id).toList());
        return new RouterList(routers.items().stream().map(router -> withPulse(router, pulses)).toList(),
                routers.page(), routers.size(), routers.total());
    }

    @GetMapping("/{id}")
    RouterView one(Actor actor, @PathVariable UUID id) {
        RouterView router = answers.one(new FindRouter(actor.tenantId(), RouterId.of(id)), RouterView.class, "router " + id);
        return withPulse(router, pulses(actor, List.of(id)));
    }

    @GetMapping("/{id}/availability")
    RouterAvailability availability(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Instant from,
                                    @RequestParam(required = false) Instant to) {
        Instant until = to != null ? to : Instant.now();
        return answers.one(new ShowRouterAvailability(actor.tenantId(), RouterId.of(id),
                from != null ? from : until.minus(DEFAULT_WINDOW), until), RouterAvailability.class, "router " + id);
    }

    private Map<UUID, RouterPulse> pulses(Actor actor, List<UUID> routerIds) {
        return answers.summary(new FindRouterPulses(actor.tenantId(), routerIds), RouterPulses.class).items().stream()
                      .collect(Collectors.toMap(RouterPulse::routerId, Function.identity()));
    }

    private static RouterView withPulse(RouterView router, Map<UUID, RouterPulse> pulses) {
        RouterPulse pulse = pulses.get(router.id());
        return pulse == null ? router : router.withPulse(pulse);
    }
}
