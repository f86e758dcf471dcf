package io.ispflow.server.metrics;

import io.ispflow.kernel.DomainException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * {@code ispflow.commands}: a timer per command type and outcome, from the moment the handler starts
 * to the commit (outcome {@code handled}) or the rollback ({@code failed}, with the error code).
 * Axon registers it on the command bus, so it counts what this process handles.
 */
@Component
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String NAME = "ispflow.commands";

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(done -> sample.stop(timer(command, "handled", "none")));
        unitOfWork.onRollback(failed -> sample.stop(timer(command, "failed",
                error(failed.getExecutionResult().getExceptionResult()))));
        return chain.proceed();
    }

    private Timer timer(String command, String outcome, String error) {
        return Timer.builder(NAME)
                .description("Commands handled by this process, by type and outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .tag("error", error)
                .register(registry);
    }

    /** The stable error code of a rule that refused the command; the exception's type otherwise. */
    private static String error(Throwable failure) {
        if (failure == null) {
            return "unknown";
        }
        return failure instanceof DomainException refused ? refused.code().name() : failure.getClass().getSimpleName();
    }
}
