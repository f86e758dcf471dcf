package io.ispflow.eventstore.processor;

import java.time.Instant;
import java.util.List;

/**
 * How far each event processor has come, as this process sees it: {@code head} is the newest event's
 * position, and {@code tokenDatabases} says which token tables were read.
 */
public record ProjectionsReport(Instant checkedAt, long head, List<TokenDatabase> tokenDatabases,
                         List<ProcessorReport> processors) {

    public enum TokenState { READ, NOT_IN_THIS_PROCESS, UNREACHABLE }

    /** A database whose token table this process read, could not reach, or has no connection to. */
    public record TokenDatabase(String name, TokenState state) {
    }
}
