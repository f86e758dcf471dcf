package io.ispflow.radius;

import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.radius.pkg.RadiusGroupProjector;
import io.ispflow.radius.router.NasProjector;
import io.ispflow.radius.subscriber.RadiusUserProjector;
import io.ispflow.radius.voucher.RadiusVoucherProjector;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.ispflow.radius.RadiusEvents.alice;
import static io.ispflow.radius.RadiusEvents.basicPackage;
import static io.ispflow.radius.RadiusEvents.coreRouter;
import static io.ispflow.radius.RadiusEvents.router;
import static io.ispflow.radius.RadiusProjectorConfiguration.PROCESSING_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

/** The "radius" tracking processor, configured as the server configures it, on a real RADIUS database. */
public interface RadiusProcessorContract extends RadiusTablesFixture {

    /** Fails on a router named "broken", as a write the database refuses would. */
    @ProcessingGroup(PROCESSING_GROUP)
    class RefusingProjector {
        @EventHandler
        public void on(RouterRegistered event) {
            if (event.details().name().equals("broken")) {
                throw new IllegalStateException("the RADIUS database refused the row");
            }
        }
    }

    default Configuration startRadiusProcessor(Object... moreProjectors) {
        // false: no modules found on the classpath, so no Axon Server connection; events stay in memory
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureSerializer(c -> Jackson3Serializer.builder().build());
        EventProcessingConfigurer processing = configurer.eventProcessing();
        new RadiusProcessingConfiguration().configure(processing, radius());
        List.of(new RadiusGroupProjector(radius()), new RadiusUserProjector(radius(), TestVault.VAULT),
                new RadiusVoucherProjector(radius(), TestVault.VAULT), new NasProjector(radius(), TestVault.VAULT))
                .forEach(projector -> processing.registerEventHandler(c -> projector));
        List.of(moreProjectors).forEach(projector -> processing.registerEventHandler(c -> projector));
        return configurer.start();
    }

    /** The stored token as its JSON text, e.g. {"globalIndex":2}. */
    default String tokenJson() {
        byte[] token = radius().jdbcTemplate().query("SELECT token FROM token_entry WHERE processor_name = ?",
                rows -> rows.next() ? rows.getBytes(1) : null, PROCESSING_GROUP);
        return token == null ? "" : new String(token, StandardCharsets.UTF_8);
    }

    @Test
    default void processorProjectsEventsAndKeepsItsTokenInTheRadiusDatabase() {
        Configuration axon = startRadiusProcessor();
        try {
            axon.eventBus().publish(
                    asEventMessage(basicPackage()), asEventMessage(alice()), asEventMessage(coreRouter()));

            await().atMost(Duration.ofSeconds(10)).until(() -> tokenJson().contains("\"globalIndex\":2"));
            assertThat(rows("SELECT groupname FROM radgroupreply")).hasSize(1);
            assertThat(rows("SELECT username FROM radcheck")).contains("alice");
            assertThat(rows("SELECT nasname FROM nas")).containsExactly("10.100.0.2");
            assertThat(axon.eventProcessingConfiguration().tokenStore(PROCESSING_GROUP))
                    .isInstanceOf(JdbcTokenStore.class);
        } finally {
            axon.shutdown();
        }
    }

    @Test
    default void aFailedWriteStopsTheProcessorWithoutAdvancingItsToken() {
        Configuration axon = startRadiusProcessor(new RefusingProjector());
        try {
            axon.eventBus().publish(
                    asEventMessage(basicPackage()), asEventMessage(router("broken", null, null, "10.100.0.9")));

            TrackingEventProcessor processor = axon.eventProcessingConfiguration()
                    .eventProcessor(PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.processingStatus().values().stream()
                    .anyMatch(EventTrackerStatus::isErrorState));
            // the failing event's batch rolls back whole: the package's rows are there only if its token is
            assertThat(tokenJson()).doesNotContain("\"globalIndex\":1");
            assertThat(rows("SELECT nasname FROM nas")).isEmpty();
            if (rows("SELECT groupname FROM radgroupreply").isEmpty()) {
                assertThat(tokenJson()).doesNotContain("globalIndex");
            } else {
                assertThat(tokenJson()).contains("\"globalIndex\":0");
            }
        } finally {
            axon.shutdown();
        }
    }
}
