package io.ispflow.eventstore.processor;

import org.axonframework.eventhandling.ReplayToken;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Joins what the token tables say with what the processors running in this process say. */
final class ProcessorReports {

    /** A processor of this process, as Axon reports it; {@code failure} is null unless {@code error}. */
    record Running(String name, String kind, boolean running, boolean error, boolean replaying, String failure) {
    }

    private ProcessorReports() {
    }

    /**
     * {@code tokens} maps each database read to its token rows, in the order of preference: a
     * processor whose token is in two of them (one database serving both roles) is taken from the first.
     * {@code deadLetters} maps each database read to its count of dead letters per processor.
     */
    static List<ProcessorReport> of(long head, Map<String, List<StoredTokens.Segment>> tokens,
                                    Map<String, Map<String, Long>> deadLetters, List<Running> here) {
        Map<String, String> databaseOf = new LinkedHashMap<>();
        tokens.forEach((database, segments) ->
                segments.forEach(segment -> databaseOf.putIfAbsent(segment.processor(), database)));
        Map<String, Running> running = here.stream().collect(Collectors.toMap(Running::name, Function.identity()));
        return Stream.concat(databaseOf.keySet().stream(), running.keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(name -> report(name, head, databaseOf.get(name), segmentsOf(name, databaseOf.get(name), tokens),
                        deadLettersOf(name, databaseOf.get(name), deadLetters), running.get(name)))
                .toList();
    }

    private static List<StoredTokens.Segment> segmentsOf(String name, String database,
                                                         Map<String, List<StoredTokens.Segment>> tokens) {
        return database == null ? List.of()
                : tokens.get(database).stream().filter(segment -> segment.processor().equals(name)).toList();
    }

    private static Long deadLettersOf(String name, String database, Map<String, Map<String, Long>> deadLetters) {
        return database == null || !deadLetters.containsKey(database) ? null
                : deadLetters.get(database).getOrDefault(name, 0L);
    }

    private static ProcessorReport report(String name, long head, String database, List<StoredTokens.Segment> segments,
                                          Long deadLetters, Running here) {
        Long position = lowestPosition(segments);
        boolean tracked = database != null;
        boolean replaying = segments.stream().anyMatch(segment -> ReplayToken.isReplay(segment.token()))
                || (here != null && here.replaying());
        return new ProcessorReport(name, here != null ? here.kind() : "tracking", database, segments.size(), position,
                tracked ? Math.max(0, head - Objects.requireNonNullElse(position, 0L)) : null, replaying,
                here != null, here == null ? null : here.running(), here == null ? null : here.error(),
                here == null ? null : here.failure(), deadLetters);
    }

    /** Null when some segment has processed nothing yet, or there are no segments. */
    private static Long lowestPosition(List<StoredTokens.Segment> segments) {
        long lowest = Long.MAX_VALUE;
        for (StoredTokens.Segment segment : segments) {
            OptionalLong position = segment.token() == null ? OptionalLong.empty() : segment.token().position();
            if (position.isEmpty()) {
                return null;
            }
            lowest = Math.min(lowest, position.getAsLong());
        }
        return segments.isEmpty() ? null : lowest;
    }
}
