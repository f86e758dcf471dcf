package io.ispflow.server.auth;

import io.ispflow.command.operator.OperatorAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in, tokens and the role check; scheduling for the purge of expired sessions, in every process.
 * Operators' accounts are the command side's, read wherever anyone signs in.
 */
@Configuration
@EnableScheduling
@Import(OperatorAccounts.class)
class AuthConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // every path: the check decides on the route Spring MVC chose, whatever the path looked like
        registry.addInterceptor(new RoleCheck()).order(Ordered.HIGHEST_PRECEDENCE);
    }

    /**
     * Operator passwords are hashed with Argon2id, a memory-hard function, with OWASP's parameters:
     * 19 MiB, 2 passes, 1 lane. A hash made with fewer is replaced at its operator's next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }
}
