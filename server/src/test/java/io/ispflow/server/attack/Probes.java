package io.ispflow.server.attack;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The requests the path tricks are played with, for one operation: the effective one, aimed at this
 * tenant's targets with a body that would succeed, for callers who must be refused; and a harmless
 * one (ids that name nothing, or an empty body), for callers who may use the operation anyway.
 */
final class Probes {

    /** Operations anyone may call without a token; their valid command is already a harmless failed attempt. */
    static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/login", "POST /api/v1/auth/refresh");

    /** Signing out ends the caller's session: only callers without a token are tried on it. */
    static final Set<String> ENDS_THE_SESSION = Set.of("POST /api/v1/auth/logout");

    /** Each call replays every event: a caller allowed it tries only the canonical path. */
    static final Set<String> COSTLY = Set.of("GET /api/v1/ops/radius/drift");

    private final Targets targets;
    private final ValidCommands commands;

    Probes(Targets targets, ValidCommands commands) {
        this.targets = targets;
        this.commands = commands;
    }

    Request effective(ApiDocument.Operation operation) {
        return request(operation, targets.fill(operation.template()));
    }

    /** Empty when the operation has no harmless form: no id to aim elsewhere and no body to leave empty. */
    Optional<Request> harmless(ApiDocument.Operation operation) {
        if (!operation.pathParameters().isEmpty()) {
            return Optional.of(request(operation, Targets.fillUnknown(operation.template())));
        }
        if (operation.bodySchema() != null) {
            return Optional.of(Request.json(operation.method(), operation.template(), "{}"));
        }
        return Optional.empty();
    }

    private Request request(ApiDocument.Operation operation, String path) {
        String target = path + requiredQuery(operation);
        if (operation.bodySchema() == null) {
            return Request.of(operation.method(), target);
        }
        return Request.json(operation.method(), target, commands.of(operation).body().get().toString());
    }

    private static String requiredQuery(ApiDocument.Operation operation) {
        String query = operation.queryParameters().stream().filter(ApiDocument.Field::required)
                .map(parameter -> parameter.name() + "=" + validValue(parameter.kind()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String validValue(ApiDocument.Kind kind) {
        return switch (kind) {
            case DATE_TIME -> Instant.now().toString();
            case INTEGER, LONG, NUMBER -> "1";
            case UUID -> UUID.randomUUID().toString();
            case BOOLEAN -> "true";
            default -> "a";
        };
    }
}
