package io.ispflow.query.pkg;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.pkg.FindPackage;
import io.ispflow.kernel.pkg.ListPackages;
import io.ispflow.kernel.pkg.PackageList;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageView;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Package reads of API.md. */
@RestController
@RequestMapping("/api/v1/packages")
class PackageQueryController {

    private final Answers answers;

    PackageQueryController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping
    PackageList list(Actor actor, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        return answers.list(new ListPackages(actor.tenantId(), new PageRequest(page, size)), PackageList.class);
    }

    @GetMapping("/{id}")
    PackageView one(Actor actor, @PathVariable UUID id) {
        return answers.one(new FindPackage(actor.tenantId(), PackageId.of(id)), PackageView.class, "package " + id);
    }
}
