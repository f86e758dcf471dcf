package io.ispflow.query.tenant;

import io.ispflow.kernel.tenant.ListTenants;
import io.ispflow.kernel.tenant.TenantView;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The platform administrator's list of the ISPs on the installation. */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantQueryController {

    private final Answers answers;

    TenantQueryController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping
    List<TenantView> list() {
        return answers.all(new ListTenants(), TenantView.class);
    }
}
