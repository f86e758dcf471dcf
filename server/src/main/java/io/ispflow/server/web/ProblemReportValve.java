package io.ispflow.server.web;

import io.ispflow.kernel.ErrorCode;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own refusals, of requests it will not hand to ispflow at all (an encoded slash, a
 * backslash or an encoded NUL in the path, a request line or headers too large), answered as
 * problem+json like every other refusal rather than as Tomcat's HTML page. Errors ispflow answers
 * itself never reach it: they are written before the response is handed back.
 */
class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;

    ProblemReportValve(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        String requestId = UUID.randomUUID().toString();
        ProblemDetail problem = status >= 500
                ? Problem.of("INTERNAL_ERROR", status, "the web server failed; quote request id " + requestId, requestId)
                : Problem.of(ErrorCode.MALFORMED_REQUEST.name(), status,
                        "the web server could not read this request: its path, a header or its size", requestId);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Request-Id", requestId);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer was already on its way: nothing more to say
        }
    }
}
