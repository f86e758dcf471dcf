package io.ispflow.server;

import io.ispflow.server.ops.RadiusCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Runs ispflow. {@code ispflow.roles} decides which parts run in this process (see {@link Roles});
 * {@code --ispflow.command=...} runs one operation instead of the server and exits (see {@link RadiusCommandLine}).
 */
@SpringBootApplication
@Import(Roles.class)
public class IspflowApplication {

    public static void main(String[] args) {
        if (RadiusCommandLine.isCommand(args)) {
            ConfigurableApplicationContext context = SpringApplication.run(IspflowApplication.class,
                    RadiusCommandLine.arguments(args));
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(IspflowApplication.class, args);
    }
}
