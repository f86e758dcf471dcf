package io.ispflow.server.web;

import io.ispflow.kernel.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Builds ispflow's RFC 9457 answers: a stable {@code code}, the request id, and field errors. */
public final class Problem {

    public record FieldError(String field, String message) {
    }

    private Problem() {
    }

    public static ProblemDetail of(ErrorCode code, String detail, String requestId) {
        return of(code.name(), code.status(), detail, requestId);
    }

    public static ProblemDetail of(String code, int status, String detail, String requestId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create("urn:ispflow:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setProperty("code", code);
        problem.setProperty("requestId", requestId);
        return problem;
    }

    /** Answers a problem from a servlet filter, where no controller advice reaches. */
    public static void send(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    public static ProblemDetail invalid(List<FieldError> errors, String requestId) {
        ProblemDetail problem = of(ErrorCode.VALIDATION_FAILED, errors.size() == 1
                ? errors.get(0).message() : errors.size() + " fields are invalid", requestId);
        problem.setProperty("errors", errors);
        return problem;
    }
}
