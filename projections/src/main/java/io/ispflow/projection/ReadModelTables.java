package io.ispflow.projection;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The read model's tables as JPA entities and repositories: the projectors write them, the query
 * handlers read them, so both roles import this and a process running both maps them once.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan
@EnableJpaRepositories
class ReadModelTables {
}
