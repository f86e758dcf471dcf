package io.ispflow.benchmark.probe;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;

/**
 * The benchmark's probe inside a server it started: loaded only when the benchmark puts its jar on
 * the server's class path and sets {@code ispflow.benchmark.probe=true}, never in production.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "ispflow.benchmark.probe", havingValue = "true")
@Import({ProbeController.class, GatewayLoad.class, RadiusProgress.class})
public class BenchmarkProbeConfiguration {
}
