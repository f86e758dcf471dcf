package io.ispflow.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Runs ispflow. {@code ispflow.roles} decides which parts run in this process (see {@link Roles}). */
@SpringBootApplication
@Import(Roles.class)
public class IspflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(IspflowApplication.class, args);
    }
}
