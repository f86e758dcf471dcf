package io.ispflow.server.web;

import io.ispflow.kernel.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

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

    public static ProblemDetail invalid(List<FieldError> errors, String requestId) {
        ProblemDetail problem = of(ErrorCode.VALIDATION_FAILED, errors.size() == 1
                ? errors.get(0).message() : errors.size() + " fields are invalid", requestId);
        problem.setProperty("errors", errors);
        return problem;
    }
}
