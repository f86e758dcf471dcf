package io.ispflow.query.vpn;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.vpn.AgentKeyList;
import io.ispflow.kernel.vpn.ListAgentKeys;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/vpn-servers/agent-keys}: the tenant's agent keys, never the keys themselves. */
@RestController
class AgentKeyQueryController {

    private final Answers answers;

    AgentKeyQueryController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping("/api/v1/vpn-servers/agent-keys")
    AgentKeyList list(Actor actor) {
        return answers.list(new ListAgentKeys(actor.tenantId()), AgentKeyList.class);
    }
}
