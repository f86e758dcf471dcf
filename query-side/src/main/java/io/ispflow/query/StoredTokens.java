package io.ispflow.query;

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
 * as Axon's serializer wrote them.
 */
@Component
public class StoredTokens {

    /** One segment's token; {@code token} is null while the segment has processed nothing. */
    public record Segment(String processor, int segment, TrackingToken token) {
    }

    private static final String SELECT = "SELECT processor_name, segment, token, token_type FROM token_entry";

    private final Serializer serializer;
    private final RowMapper<Segment> segments;

    StoredTokens(@Qualifier("serializer") Serializer serializer) {
        this.serializer = serializer;
        this.segments = (rs, row) -> new Segment(rs.getString("processor_name"), rs.getInt("segment"),
                token(rs.getBytes("token"), rs.getString("token_type")));
    }

    public List<Segment> all(JdbcTemplate jdbc) {
        return jdbc.query(SELECT + " ORDER BY processor_name, segment", segments);
    }

    public List<Segment> of(JdbcTemplate jdbc, String processor) {
        return jdbc.query(SELECT + " WHERE processor_name = ? ORDER BY segment", segments, processor);
    }

    private TrackingToken token(byte[] bytes, String type) {
        return bytes == null ? null : serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}
