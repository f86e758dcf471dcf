package io.ispflow.radius;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The RADIUS projector, whole: the server imports this when its "radius" role is on. It brings the
 * {@link RadiusDatabase} (configured by {@code ispflow.radius.datasource.*}), the projectors of the
 * {@value #PROCESSING_GROUP} processing group and {@link RadiusProcessingConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = RadiusProjectorConfiguration.class)
@EnableConfigurationProperties(RadiusDataSourceProperties.class)
public class RadiusProjectorConfiguration {

    /** The processing group of every RADIUS projector, and so the name of its processor and token. */
    public static final String PROCESSING_GROUP = "radius";
}
