package io.ispflow.eventstore.processor;

/**
 * One event processor. {@code position} is the lowest of its segments' positions (null before it
 * has processed anything, and for a subscribing processor, which has no token); {@code lag} is the
 * head minus that position, null for a subscribing processor, which handles each event in the
 * transaction that appends it. {@code running}, {@code error} (a segment fails and is retrying) and
 * {@code failure} (the type of the exception it fails with) are known only for a processor in this
 * process. {@code deadLetters} counts the events it parked (docs/operations.md, "Dead letters"), read
 * from the database its token is in; null for a processor without a token.
 */
public record ProcessorReport(String name, String kind, String tokenDatabase, int segments, Long position, Long lag,
                              boolean replaying, boolean inThisProcess, Boolean running, Boolean error, String failure,
                              Long deadLetters) {
}
