package io.ispflow.eventstore;

import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Axon's JDBC dead-letter queue on a processor's own database, in the snake_case table its migrations
 * create ({@code dead_letter_entry}), and the reads of it that the queue does not offer. Its statements
 * join the transaction open on the thread, so a letter commits with the processor's token and rows.
 */
public final class DeadLetterTable {

    private static final String TABLE = "dead_letter_entry";

    private static final DeadLetterSchema SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable(TABLE)
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("aggregate_type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    private DeadLetterTable() {
    }

    /** The processing group's queue in {@code dataSource}'s table. */
    public static SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup, DataSource dataSource,
                                                                 PlatformTransactionManager transactions,
                                                                 Serializer serializer, Serializer eventSerializer) {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(processingGroup)
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(new SpringTransactionManager(transactions))
                .schema(SCHEMA)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                // a full queue would stop the processor again: room for every aggregate and all its events
                .maxSequences(Integer.MAX_VALUE)
                .maxSequenceSize(Integer.MAX_VALUE)
                .build();
    }

    /** Every aggregate (sequence) with parked events of the processing group, with one query. */
    public static Set<String> parkedSequences(JdbcTemplate database, String processingGroup) {
        return Set.copyOf(database.queryForList("SELECT DISTINCT sequence_identifier FROM " + TABLE
                + " WHERE processing_group = ?", String.class, processingGroup));
    }

    /** The identifiers of the processing group's parked events. */
    public static Set<String> parkedEvents(JdbcTemplate database, String processingGroup) {
        return Set.copyOf(database.queryForList("SELECT event_identifier FROM " + TABLE + " WHERE processing_group = ?",
                String.class, processingGroup));
    }

    /** How many events each processing group has parked in {@code database}; a group with none is absent. */
    public static Map<String, Long> parkedPerGroup(JdbcTemplate database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        database.query("SELECT processing_group, count(*) FROM " + TABLE + " GROUP BY processing_group",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** A letter's place in its sequence, as the table keeps it; 0 for a letter not read from the table. */
    public static long sequenceIndexOf(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIndex() : 0;
    }
}
