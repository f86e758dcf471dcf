package io.ispflow.query.vpn;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.vpn.AgentIdentity;
import io.ispflow.kernel.vpn.IdentifyAgent;
import io.ispflow.query.Answers;
import org.springframework.stereotype.Component;

/** The tenant an agent key names, asked of the command side, which keeps the keys' digests. */
@Component
public class AgentKeyCheck {

    public static final String API_KEY = "X-API-Key";

    private final Answers answers;

    AgentKeyCheck(Answers answers) {
        this.answers = answers;
    }

    /** 401 AUTH_INVALID, alike for every key that opens nothing. */
    public TenantId tenantOf(String apiKey, String clientIp) {
        return answers.optional(new IdentifyAgent(apiKey, clientIp), AgentIdentity.class).map(AgentIdentity::tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.AUTH_INVALID, "no active agent key is this one"));
    }
}
