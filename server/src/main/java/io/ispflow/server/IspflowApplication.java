package io.ispflow.server;

import io.ispflow.eventstore.EventStoreModule;
import io.ispflow.server.ops.RadiusCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Runs ispflow. {@code ispflow.roles} decides which parts run in this process (see {@link Roles}); the
 * event store's tables and their reads ({@link EventStoreModule}) are in every one;
 * {@code --ispflow.command=...} runs one operation instead of the server and exits (see {@link RadiusCommandLine}).
 */
@SpringBootApplication
@Import({Roles.class, EventStoreModule.class})
public class IspflowApplication {

    /** Axon's update checker reports to AxonIQ at start-up; ispflow does not phone home unless the operator opts in. */
    static final String UPDATE_CHECKER = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        if (System.getProperty(UPDATE_CHECKER) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECKER, "true");
        }
        if (RadiusCommandLine.isCommand(args)) {
            ConfigurableApplicationContext context = SpringApplication.run(IspflowApplication.class,
                    RadiusCommandLine.arguments(args));
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(IspflowApplication.class, args);
    }
}
