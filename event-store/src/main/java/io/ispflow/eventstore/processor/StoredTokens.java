package io.ispflow.eventstore.processor;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads processors' tracking tokens from a {@code token_entry} table, in whichever database it is,
 * as Axon's serializer wrote them. Reading them from the table, not from a processor, holds whether or
 * not the processor runs in this process.
 */
@Component
public class StoredTokens {

    /** One segment's token; {@code token} is null while the segment has processed nothing. */
    record Segment(String processor, int segment, TrackingToken token) {
    }

    private static final String SELECT = "SELECT processor_name, segment, token, token_type FROM token_entry";

    private final JdbcTemplate application;
    private final Serializer serializer;
    private final RowMapper<Segment> segments;

    StoredTokens(JdbcTemplate application, @Qualifier("serializer") Serializer serializer) {
        this.application = application;
        this.serializer = serializer;
        this.segments = (rs, row) -> new Segment(rs.getString("processor_name"), rs.getInt("segment"),
                token(rs.getBytes("token"), rs.getString("token_type")));
    }

    /** Every segment of every processor whose token is in {@code database}. */
    List<Segment> all(JdbcTemplate database) {
        return database.query(SELECT + " ORDER BY processor_name, segment", segments);
    }

    /**
     * The token of each segment of a processor that keeps it in the application database; null for a segment
     * that has processed nothing.
     */
    public List<TrackingToken> of(String processor) {
        return application.query(SELECT + " WHERE processor_name = ? ORDER BY segment", segments, processor)
                .stream().map(Segment::token).toList();
    }

    private TrackingToken token(byte[] bytes, String type) {
        return bytes == null ? null : serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}
