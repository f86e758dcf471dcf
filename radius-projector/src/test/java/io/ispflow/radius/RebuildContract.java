package io.ispflow.radius;

import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.voucher.VoucherIssued;
import io.ispflow.kernel.voucher.VoucherRevoked;
import io.ispflow.radius.rebuild.Difference;
import io.ispflow.radius.rebuild.RadiusDrift;
import io.ispflow.radius.rebuild.RadiusMaintenance;
import io.ispflow.radius.rebuild.RadiusRebuild;
import io.ispflow.radius.rebuild.ReplayProgress;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static io.ispflow.radius.RadiusEvents.alice;
import static io.ispflow.radius.RadiusEvents.bob;
import static io.ispflow.radius.RadiusProjectorConfiguration.PROCESSING_GROUP;
import static io.ispflow.radius.ReplayContract.HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

/** Rebuilding the tables from the events, and checking them for drift, while the live processor runs. */
public interface RebuildContract extends RadiusProcessorContract {

    /** Runs {@code test} with the live processor started on the history's events, projected, and stops it after. */
    default void withLiveProcessorAfter(Object[] history, Consumer<Configuration> test) {
        Configuration axon = startRadiusProcessor();
        try {
            publish(axon, history);
            awaitProjected(history.length);
            test.accept(axon);
        } finally {
            axon.shutdown();
        }
    }

    default void publish(Configuration axon, Object... events) {
        for (Object event : events) {
            axon.eventBus().publish(asEventMessage(event));
        }
    }

    default void awaitProjected(int events) {
        if (events == 0) {
            return;
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> tokenJson().contains("\"globalIndex\":" + (events - 1)));
    }

    default RadiusRebuild rebuild(Configuration axon) {
        return new RadiusRebuild(radius(), axon.eventProcessingConfiguration(), TestVault.VAULT);
    }

    default RadiusDrift drift(Configuration axon) {
        return new RadiusDrift(radius(), axon.eventProcessingConfiguration(), new RadiusMaintenance(), TestVault.VAULT);
    }

    default List<String> indexNames() {
        return rows(radius().dialect() == RadiusDialect.MYSQL
                ? "SELECT DISTINCT CONCAT(table_name, ' ', index_name) FROM information_schema.statistics "
                        + "WHERE table_schema = DATABASE() ORDER BY 1"
                : "SELECT tablename || ' ' || indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1");
    }

    @Test
    default void aRebuildReplacesHandEditedTablesWithWhatTheEventsImply() {
        withLiveProcessorAfter(HISTORY, axon -> {
            List<String> projected = projectedState();
            radius().jdbcTemplate().update("UPDATE radcheck SET value = 'guessed' WHERE attribute = 'Cleartext-Password'");
            radius().jdbcTemplate().update("DELETE FROM nas");

            rebuild(axon).run(ReplayProgress.NONE);

            assertThat(projectedState()).isEqualTo(projected);
            assertThat(axon.eventProcessingConfiguration().eventProcessor(PROCESSING_GROUP, TrackingEventProcessor.class)
                    .orElseThrow().isRunning()).isTrue();
        });
    }

    @Test
    default void anEventPublishedDuringARebuildReachesTheNewTables() {
        withLiveProcessorAfter(HISTORY, axon -> {
            SubscriberCreated lateComer = bob();
            AtomicBoolean published = new AtomicBoolean();

            rebuild(axon).run(new ReplayProgress() {
                @Override
                public void total(long events) {
                }

                @Override
                public void event() {
                    if (published.compareAndSet(false, true)) {
                        publish(axon, lateComer);
                    }
                }
            });

            awaitProjected(HISTORY.length + 1);
            assertThat(rows("SELECT username FROM radius_user WHERE subscriber_id = ?", lateComer.subscriberId().toString()))
                    .containsExactly("bob");
        });
    }

    @Test
    default void aRebuildKeepsEveryIndexNameAndIdSequence() {
        withLiveProcessorAfter(new Object[0], axon -> {
            List<String> indexes = indexNames();
            rebuild(axon).run(ReplayProgress.NONE);
            rebuild(axon).run(ReplayProgress.NONE);
            publish(axon, HISTORY);
            awaitProjected(HISTORY.length);

            assertThat(indexNames()).isEqualTo(indexes);
            assertThat(rows("SELECT attribute FROM radgroupreply")).isNotEmpty();
        });
    }

    @Test
    default void driftNamesEveryHandEditHidesSecretsAndIsGoneAfterARebuild() {
        withLiveProcessorAfter(new Object[]{alice()}, axon -> {
            assertThat(drift(axon).check().differences()).isEmpty();
            radius().jdbcTemplate().update("UPDATE radcheck SET value = 'guessed' WHERE username = 'alice' "
                    + "AND attribute = 'Cleartext-Password'");
            radius().jdbcTemplate().update("INSERT INTO radcheck (username, attribute, op, value) "
                    + "VALUES ('alice', 'Auth-Type', ':=', 'Accept')");

            List<Difference> differences = drift(axon).check().differences();

            assertThat(differences).containsExactlyInAnyOrder(
                    new Difference("radcheck", "alice", "Auth-Type", null, ":= Accept"),
                    new Difference("radcheck", "alice", "Cleartext-Password", "(secret)", "(differs)"));
            rebuild(axon).run(ReplayProgress.NONE);
            assertThat(drift(axon).check().differences()).isEmpty();
        });
    }

    @Test
    default void aRevokedVoucherHandEditedBackIsNamedByTheDriftCheckAndRejectedAgainAfterARebuild() {
        VoucherIssued voucher = VoucherUserContract.voucher("k7m2x9pq", VoucherUserContract.USABLE_UNTIL);
        VoucherRevoked revoked = new VoucherRevoked(voucher.voucherId(), voucher.batchId(), voucher.tenantId(), "stolen");
        withLiveProcessorAfter(new Object[]{voucher, revoked}, axon -> {
            assertThat(drift(axon).check().differences()).isEmpty();
            radius().jdbcTemplate().update("DELETE FROM radcheck WHERE username = 'k7m2x9pq' AND attribute = 'Auth-Type'");

            assertThat(drift(axon).check().differences())
                    .containsExactly(new Difference("radcheck", "k7m2x9pq", "Auth-Type", ":= Reject", null));
            rebuild(axon).run(ReplayProgress.NONE);
            assertThat(rows("SELECT value FROM radcheck WHERE username = 'k7m2x9pq' AND attribute = 'Auth-Type'"))
                    .containsExactly("Reject");
            assertThat(drift(axon).check().differences()).isEmpty();
        });
    }
}
