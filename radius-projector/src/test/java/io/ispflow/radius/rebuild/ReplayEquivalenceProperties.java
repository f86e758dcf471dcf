package io.ispflow.radius.rebuild;

import io.ispflow.radius.TestVault;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectors;
import io.ispflow.radius.RadiusTables;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

/**
 * Replay equivalence: whatever the ISP's history, the tables the live processor builds event by event, batch
 * after batch, are the tables a full replay builds into fresh ones. Subclasses name the dialect.
 */
abstract class ReplayEquivalenceProperties {

    private static final RadiusTables FULL = new RadiusTables("_full");

    abstract RadiusDatabase radius();

    @Property(tries = 30)
    void tablesBuiltBatchByBatchEqualTablesBuiltByAFullReplay(
            @ForAll @Size(min = 1, max = 120) List<@IntRange(min = 0, max = 1_000_000) Integer> steps,
            @ForAll @IntRange(min = 1, max = 120) int batches) {
        List<Object> history = IspHistory.of(steps);
        ShadowTables tables = new ShadowTables(radius());
        tables.create(FULL);
        RadiusTables.PROJECTED.forEach(table -> radius().jdbcTemplate().update("DELETE FROM " + table));
        int batchSize = Math.max(1, history.size() / batches);
        for (int from = 0; from < history.size(); from += batchSize) {
            project(RadiusTables.LIVE, history.subList(from, Math.min(history.size(), from + batchSize)));
        }

        project(FULL, history);

        TableFacts incremental = TableFacts.read(radius().jdbcTemplate(), RadiusTables.LIVE);
        assertThat(TableFacts.read(radius().jdbcTemplate(), FULL).differencesIn(incremental)).isEmpty();
        tables.drop(FULL);
    }

    private void project(RadiusTables tables, List<Object> events) {
        RadiusProjectors projectors = RadiusProjectors.writing(radius(), tables, TestVault.VAULT);
        new TransactionTemplate(radius().transactionManager()).executeWithoutResult(transaction ->
                projectors.apply(events.stream().map(event -> asEventMessage(event)).toList()));
    }
}
