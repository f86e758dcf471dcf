package io.ispflow.server;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a call was refused the documented way: problem+json with a status, a stable code and the
 * field at fault, and the event store's head where it was before, so nothing was stored.
 */
public final class Refusals {

    private final JdbcTemplate appDatabase;

    public Refusals(JdbcTemplate appDatabase) {
        this.appDatabase = appDatabase;
    }

    /** {@code field} null when the answer names no field. */
    public Api.Answer expect(Supplier<Api.Answer> call, int status, String code, String field) {
        long head = head();
        Api.Answer answer = call.get();
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body().get("requestId").asString()).isNotBlank();
        if (field != null) {
            assertThat(answer.body().get("errors").findValuesAsString("field")).as("%s", answer).contains(field);
        }
        assertThat(head()).as("the event store's head after %s", answer).isEqualTo(head);
        return answer;
    }

    /** The position of the newest stored event, 0 for none. */
    public long head() {
        return appDatabase.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }
}
