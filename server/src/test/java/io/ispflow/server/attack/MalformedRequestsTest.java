package io.ispflow.server.attack;

import io.ispflow.server.Api;
import io.ispflow.server.RawHttp;
import io.ispflow.server.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tomcat refuses before ispflow reads the request is answered like every other refusal:
 * problem+json with a code and a request id, not Tomcat's HTML page (found by {@link PathTricksTest}).
 */
@ApiTest
class MalformedRequestsTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Test
    void pathsTomcatCannotTakeAreRefusedAsProblems() {
        for (String path : new String[] {"/api%2fv1/packages", "/api\\v1\\packages", "/api/v1/packages%00", "/api%c0%afv1/packages"}) {
            expectMalformed(new RawHttp(port).send("GET", path, Map.of(), null));
        }
    }

    @Test
    void headersTooLargeAreRefusedAsAProblem() {
        expectMalformed(new RawHttp(port).send("GET", "/api/v1/packages", Map.of("X-Padding", "x".repeat(64 * 1024)), null));
    }

    private static void expectMalformed(Api.Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(answer.requestId()).isNotBlank();
        assertThat(answer.body().get("requestId").asString()).isEqualTo(answer.requestId());
    }
}
