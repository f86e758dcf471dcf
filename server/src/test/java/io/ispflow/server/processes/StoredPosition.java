package io.ispflow.server.processes;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How far a tracking processor is, read from its token in the database where it keeps it, as a
 * process that does not run it must: its gap-aware token covers a position when its index has
 * passed it and no gap below it is still open. A processor that started without a token replays,
 * and its gap-aware token is then the replay token's current one.
 */
final class StoredPosition {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredPosition() {
    }

    static boolean covers(JdbcTemplate db, String processor, long position) {
        List<byte[]> tokens = db.queryForList("SELECT token FROM token_entry WHERE processor_name = ?", byte[].class, processor);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> token != null && covers(JSON.readTree(
                new String(token, StandardCharsets.UTF_8)), position));
    }

    private static boolean covers(JsonNode token, long position) {
        JsonNode gapAware = token.has("currentToken") ? token.get("currentToken") : token;
        return gapAware.path("index").asLong(-1) >= position
               && gapAware.path("gaps").valueStream().noneMatch(gap -> gap.asLong() <= position);
    }
}
