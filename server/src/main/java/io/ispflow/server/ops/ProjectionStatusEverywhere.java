package io.ispflow.server.ops;

import io.ispflow.query.StoredTokens;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The projections report ({@code io.ispflow.query.ops}) in every role, not only with the query role:
 * readiness and the processor metrics need it in the projections and radius processes too. With the
 * query role on, its own scan has registered the same beans and Spring keeps one of each.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = StoredTokens.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "io\\.ispflow\\.query\\.(?!StoredTokens$|ops\\.).*"))
class ProjectionStatusEverywhere {
}
