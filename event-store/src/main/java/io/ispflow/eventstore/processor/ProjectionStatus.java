package io.ispflow.eventstore.processor;

import io.ispflow.eventstore.DeadLetterTable;
import io.ispflow.eventstore.EventStorePositions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gathers the projections report: the event store's head, every token table this process can read,
 * and the processors Axon runs here. A processor of another process shows only through its token. Every
 * role has it: readiness and the processor metrics need it in each process, the query role's endpoint too.
 */
@Component
public class ProjectionStatus {

    private final EventStorePositions positions;
    private final StoredTokens tokens;
    private final List<TokenTable> tables;
    private final EventProcessingConfiguration processors;

    ProjectionStatus(EventStorePositions positions, StoredTokens tokens, List<TokenTable> tables,
                     EventProcessingConfiguration processors) {
        this.positions = positions;
        this.tokens = tokens;
        this.tables = tables;
        this.processors = processors;
    }

    public ProjectionsReport report() {
        Instant checkedAt = Instant.now();
        Map<String, List<StoredTokens.Segment>> read = new LinkedHashMap<>();
        Map<String, Map<String, Long>> deadLetters = new LinkedHashMap<>();
        List<ProjectionsReport.TokenDatabase> databases = new ArrayList<>();
        for (TokenTable table : tables) {
            databases.add(new ProjectionsReport.TokenDatabase(table.database(), readInto(read, deadLetters, table)));
        }
        // the head after the tokens: read before, it could trail a processor that moved meanwhile (a negative lag)
        long head = Math.max(0, positions.head());
        List<ProcessorReports.Running> here = processors.eventProcessors().values().stream().map(ProjectionStatus::running).toList();
        return new ProjectionsReport(checkedAt, head, databases, ProcessorReports.of(head, read, deadLetters, here));
    }

    private ProjectionsReport.TokenState readInto(Map<String, List<StoredTokens.Segment>> read,
                                                  Map<String, Map<String, Long>> deadLetters, TokenTable table) {
        Optional<JdbcTemplate> jdbc = table.jdbc();
        if (jdbc.isEmpty()) {
            return ProjectionsReport.TokenState.NOT_IN_THIS_PROCESS;
        }
        try {
            read.put(table.database(), tokens.all(jdbc.get()));
            // every database with a token table has the dead-letter table too (its migrations make both)
            deadLetters.put(table.database(), DeadLetterTable.parkedPerGroup(jdbc.get()));
            return ProjectionsReport.TokenState.READ;
        } catch (DataAccessException e) {
            return ProjectionsReport.TokenState.UNREACHABLE;
        }
    }

    /**
     * A tracking processor that fails keeps running and retries with a growing pause; Axon says so only
     * in its segments' status, which is what makes it an error here.
     */
    private static ProcessorReports.Running running(EventProcessor processor) {
        boolean replaying = processor instanceof StreamingEventProcessor streaming && streaming.isReplaying();
        Optional<Throwable> failure = processor instanceof StreamingEventProcessor streaming
                ? streaming.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState)
                        .map(EventTrackerStatus::getError).filter(Objects::nonNull).findFirst()
                : Optional.empty();
        return new ProcessorReports.Running(processor.getName(), kind(processor), processor.isRunning(),
                processor.isError() || failure.isPresent(), replaying, failure.map(e -> e.getClass().getName()).orElse(null));
    }

    private static String kind(EventProcessor processor) {
        if (processor instanceof SubscribingEventProcessor) {
            return "subscribing";
        }
        return processor instanceof TrackingEventProcessor ? "tracking" : "pooled-streaming";
    }
}
