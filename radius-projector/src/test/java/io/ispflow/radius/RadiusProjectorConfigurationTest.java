package io.ispflow.radius;

import com.zaxxer.hikari.HikariDataSource;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.radius.pkg.RadiusGroupProjector;
import io.ispflow.radius.router.NasProjector;
import io.ispflow.radius.subscriber.RadiusUserProjector;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import static io.ispflow.radius.RadiusProjectorConfiguration.PROCESSING_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** What the server gets when it imports the RADIUS projector, and what it must not get. */
class RadiusProjectorConfigurationTest {

    private final EventProcessingConfigurer processing = mock(EventProcessingConfigurer.class, RETURNS_SELF);

    private ApplicationContextRunner radiusRole() throws SQLException {
        RadiusDataSourceProperties radius = TestRadiusDatabases.emptyPostgresql();
        return new ApplicationContextRunner()
                .withUserConfiguration(RadiusProjectorConfiguration.class)
                .withBean(EventProcessingConfigurer.class, () -> processing)
                .withBean(EventProcessingConfiguration.class, () -> mock(EventProcessingConfiguration.class))
                .withBean(PersonalDataVault.class, () -> TestVault.VAULT)
                .withPropertyValues("ispflow.radius.datasource.url=" + radius.url(),
                        "ispflow.radius.datasource.username=" + radius.username(),
                        "ispflow.radius.datasource.password=" + radius.password());
    }

    @Test
    void radiusDatabaseIsTheOnlyBeanAndHidesItsDataSourceAndTransactionManager() throws SQLException {
        radiusRole().run(context -> {
            assertThat(context).hasSingleBean(RadiusDatabase.class).hasBean("radiusDatabase");
            assertThat(context).doesNotHaveBean(DataSource.class).doesNotHaveBean(PlatformTransactionManager.class);
        });
    }

    @Test
    void everyProjectorAndTheProcessingConfigurationComeWithIt() throws SQLException {
        radiusRole().run(context -> assertThat(context)
                .hasSingleBean(RadiusGroupProjector.class)
                .hasSingleBean(RadiusUserProjector.class)
                .hasSingleBean(NasProjector.class)
                .hasSingleBean(RadiusProcessingConfiguration.class));
    }

    @Test
    void radiusProcessingGroupGetsItsProcessorTokenStoreTransactionsAndErrorHandling() throws SQLException {
        radiusRole().run(context -> {
            verify(processing).registerTrackingEventProcessor(eq(PROCESSING_GROUP), any(), any());
            verify(processing).registerTokenStore(eq(PROCESSING_GROUP), any());
            verify(processing).registerTransactionManager(eq(PROCESSING_GROUP), any());
            verify(processing).registerListenerInvocationErrorHandler(eq(PROCESSING_GROUP), any());
        });
    }

    @Test
    void closingTheContextClosesTheRadiusPool() throws SQLException {
        AtomicReference<DataSource> pool = new AtomicReference<>();
        radiusRole().run(context -> pool.set(context.getBean(RadiusDatabase.class).dataSource()));
        assertThat(((HikariDataSource) pool.get()).isClosed()).isTrue();
    }
}
