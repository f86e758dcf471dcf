package io.ispflow.server.web;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/** Turns every failure into problem+json with a stable code; nothing leaks a stack trace. */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e, HttpServletRequest request) {
        return Problem.invalid(List.of(new Problem.FieldError(e.field(), e.getMessage())), RequestContext.requestId(request));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e, HttpServletRequest request) {
        return ResponseEntity.status(e.code().status())
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .body(Problem.of(e.code(), e.getMessage(), RequestContext.requestId(request)));
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail ruleBroken(DomainException e, HttpServletRequest request) {
        return Problem.of(e.code(), e.getMessage(), RequestContext.requestId(request));
    }

    /** An id that names no aggregate, or one of another kind (a router's id sent as a package's), is answered like another tenant's id. */
    @ExceptionHandler({AggregateNotFoundException.class, IncompatibleAggregateException.class})
    ProblemDetail noSuchAggregate(HttpServletRequest request) {
        return Problem.of(ErrorCode.NOT_FOUND, "no such resource: " + request.getRequestURI(), RequestContext.requestId(request));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        return Problem.invalid(e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problem.FieldError(error.getField(), error.getField() + " " + error.getDefaultMessage()))
                .toList(), RequestContext.requestId(request));
    }

    /** A value of the wrong JSON type (StrictJson), out of its type's range, or of a property the API does not know names its field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return Problem.invalid(List.of(new Problem.FieldError(field, field + " has the wrong type or format")),
                    RequestContext.requestId(request));
        }
        return Problem.invalid(List.of(new Problem.FieldError("body", "the body must be a JSON object as documented")),
                RequestContext.requestId(request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return Problem.invalid(List.of(new Problem.FieldError(e.getName(), e.getName() + " has the wrong format")),
                RequestContext.requestId(request));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return Problem.invalid(List.of(new Problem.FieldError(e.getParameterName(), e.getParameterName() + " is required")),
                RequestContext.requestId(request));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return Problem.invalid(List.of(new Problem.FieldError(e.getHeaderName(), e.getHeaderName() + " is required")),
                RequestContext.requestId(request));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(HttpServletRequest request) {
        return Problem.of(ErrorCode.NOT_FOUND, "no such resource: " + request.getRequestURI(), RequestContext.requestId(request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return Problem.of(ErrorCode.METHOD_NOT_ALLOWED, e.getMethod() + " is not supported here", RequestContext.requestId(request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail wrongMediaType(HttpServletRequest request) {
        return Problem.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json", RequestContext.requestId(request));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail unacceptable(HttpServletRequest request) {
        return Problem.of(ErrorCode.NOT_ACCEPTABLE, "answers are JSON; accept application/json", RequestContext.requestId(request));
    }

    /** A database that does not answer is not a bug: the request changed nothing and may be repeated. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ProblemDetail databaseAway(Exception e, HttpServletRequest request) {
        String requestId = RequestContext.requestId(request);
        log.warn("request {} found a database away: {}", requestId, e.getMessage());
        return Problem.of(ErrorCode.DATABASE_UNAVAILABLE, "a database does not answer; try again shortly", requestId);
    }

    /** Query results arrive through futures; their failures are unwrapped to be answered like any other. */
    @ExceptionHandler(CompletionException.class)
    ProblemDetail completion(CompletionException e, HttpServletRequest request) {
        if (e.getCause() instanceof InvalidValueException invalid) {
            return invalidValue(invalid, request);
        }
        if (e.getCause() instanceof DomainException domain) {
            return ruleBroken(domain, request);
        }
        if (e.getCause() instanceof DataAccessResourceFailureException away) {
            return databaseAway(away, request);
        }
        return unexpected(e, request);
    }

    /** Tomcat decodes the query string when it is first asked for a parameter: bad percent-encoding is the client's. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableQuery(InvalidParameterException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(e.getErrorCode());
        if (status != null && status.is4xxClientError() && status != HttpStatus.BAD_REQUEST) {
            return refusal(status, "the request's parameters cannot be read", RequestContext.requestId(request));
        }
        return Problem.invalid(List.of(new Problem.FieldError("query", "the query string must be percent-encoded UTF-8")),
                RequestContext.requestId(request));
    }

    /** Spring's other refusals of a request keep their status. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        String requestId = RequestContext.requestId(request);
        HttpStatus refused = e instanceof ErrorResponse spring ? HttpStatus.resolve(spring.getStatusCode().value()) : null;
        if (refused != null && refused.is4xxClientError()) {
            return refusal(refused, ((ErrorResponse) e).getBody().getDetail(), requestId);
        }
        log.error("request {} failed", requestId, e);
        return Problem.of("INTERNAL_ERROR", HttpStatus.INTERNAL_SERVER_ERROR.value(),
                "an unexpected error occurred; quote request id " + requestId, requestId);
    }

    /** Beyond 400 and 404, the code of a refusal by the web layer is its status's name. */
    private static ProblemDetail refusal(HttpStatus status, String detail, String requestId) {
        String code = switch (status) {
            case BAD_REQUEST -> ErrorCode.VALIDATION_FAILED.name();
            case NOT_FOUND -> ErrorCode.NOT_FOUND.name();
            default -> status.name();
        };
        return Problem.of(code, status.value(), detail, requestId);
    }
}
