package io.ispflow.server.attack;

import io.ispflow.server.Api;
import io.ispflow.server.RawHttp;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who sends a request: an operator's access token, a router's API key, or none at all. */
record Caller(String name, String token, String apiKey) {

    static final Caller ANONYMOUS = new Caller("no token", null);

    Caller(String name, String token) {
        this(name, token, null);
    }

    /** A router, by the API token of its setup script. */
    static Caller router(String name, String apiKey) {
        return new Caller(name, null, apiKey);
    }

    boolean anonymous() {
        return token == null;
    }

    /** Sends the request with this caller's token, if any, its content type and the given headers. */
    Api.Answer send(RawHttp http, Request request, Map<String, String> moreHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(moreHeaders);
        if (!anonymous()) {
            headers.put("Authorization", "Bearer " + token);
        }
        // a header under attack replaces the router's own key
        if (apiKey != null) {
            headers.putIfAbsent("X-API-Key", apiKey);
        }
        if (request.contentType() != null) {
            headers.put("Content-Type", request.contentType());
        }
        return http.send(request.method(), request.target(), headers, request.body());
    }

    @Override
    public String toString() {
        return name;
    }
}
