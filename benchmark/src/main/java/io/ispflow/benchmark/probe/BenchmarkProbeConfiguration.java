package io.ispflow.benchmark.probe;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's probe inside a server it started: loaded only when the benchmark puts its jar on
 * the server's class path and sets {@code ispflow.benchmark.probe=true}, never in production.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "ispflow.benchmark.probe", havingValue = "true")
@Import({GatewayLoad.class, RadiusProgress.class, SessionsProbe.class})
public class BenchmarkProbeConfiguration {

    @Bean
    ServletRegistrationBean<ProbeServlet> benchmarkProbe(GatewayLoad gateway, RadiusProgress radius, SessionsProbe sessions,
                                                         JsonMapper json) {
        return new ServletRegistrationBean<>(new ProbeServlet(gateway, radius, sessions, json), "/bench/*");
    }
}
