package io.ispflow.server.axon;

import io.ispflow.kernel.Actor;
import io.ispflow.server.web.RequestContext;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps each command sent during an HTTP request with the acting operator, tenant, request id
 * and client IP, and every other command as the system's; the correlation provider then copies
 * them onto the events.
 */
@Component
class CommandMetaData implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String[] KEYS = {"operatorId", "tenantId", "requestId", "clientIp"};

    /** Commands ispflow sends on its own, such as expiring a subscription, are the system's. */
    private static final MetaData SYSTEM = MetaData.with("operatorId", Actor.SYSTEM);

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(RequestContext.current()
                .map(CommandMetaData::metaData)
                .orElse(SYSTEM));
    }

    private static MetaData metaData(RequestContext request) {
        Actor actor = request.actor();
        return MetaData.from(Map.of(
                "operatorId", actor == null ? "" : actor.operatorId().toString(),
                "tenantId", actor == null ? "" : actor.tenantId().toString(),
                "requestId", request.requestId(),
                "clientIp", request.clientIp()));
    }
}
