package io.ispflow.server;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a call was refused the documented way: problem+json with a status, a stable code and the
 * field at fault, and no event stored on the request's behalf.
 */
public final class Refusals {

    private final JdbcTemplate appDatabase;

    public Refusals(JdbcTemplate appDatabase) {
        this.appDatabase = appDatabase;
    }

    /** {@code field} null when the answer names no field. */
    public Api.Answer expect(Supplier<Api.Answer> call, int status, String code, String field) {
        Api.Answer answer = call.get();
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body().get("requestId").asString()).isNotBlank().isEqualTo(answer.requestId());
        if (field != null) {
            assertThat(answer.body().get("errors").findValuesAsString("field")).as("%s", answer).contains(field);
        }
        assertThat(RequestEvents.of(appDatabase, answer.requestId())).as("events stored for %s", answer).isZero();
        return answer;
    }
}
