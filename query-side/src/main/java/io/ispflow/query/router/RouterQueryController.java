package io.ispflow.query.router;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.router.FindRouter;
import io.ispflow.kernel.router.ListRouters;
import io.ispflow.kernel.router.RouterList;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterView;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Router reads of API.md. */
@RestController
@RequestMapping("/api/v1/routers")
class RouterQueryController {

    private final Answers answers;

    RouterQueryController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping
    RouterList list(Actor actor, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        return answers.list(new ListRouters(actor.tenantId(), new PageRequest(page, size)), RouterList.class);
    }

    @GetMapping("/{id}")
    RouterView one(Actor actor, @PathVariable UUID id) {
        return answers.one(new FindRouter(actor.tenantId(), RouterId.of(id)), RouterView.class, "router " + id);
    }
}
