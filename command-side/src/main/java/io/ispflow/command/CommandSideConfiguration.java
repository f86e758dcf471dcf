package io.ispflow.command;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** The command role: aggregates, their allocators and set validations, and the command endpoints. */
@Configuration
@ComponentScan
@EnableScheduling
public class CommandSideConfiguration {

    /** Aggregates take time from here, so fixture tests can pin it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
