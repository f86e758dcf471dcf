package io.ispflow.projection;

import org.axonframework.config.ProcessingGroup;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The query role's half of this module: the query handlers that answer from the read model's
 * tables, without the projectors that fill them, so a query process can read a model that a
 * projections process keeps.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ProcessingGroup.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Configuration.class)})
@Import(ReadModelTables.class)
public class ReadModelQueriesConfiguration {
}
