package io.ispflow.server.attack;

import io.ispflow.server.Api;
import io.ispflow.server.RawHttp;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who sends a request: an operator's access token, or none at all. */
record Caller(String name, String token) {

    static final Caller ANONYMOUS = new Caller("no token", null);

    boolean anonymous() {
        return token == null;
    }

    /** Sends the request with this caller's token, if any, its content type and the given headers. */
    Api.Answer send(RawHttp http, Request request, Map<String, String> moreHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(moreHeaders);
        if (!anonymous()) {
            headers.put("Authorization", "Bearer " + token);
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
