package io.ispflow.server.attack;

import java.nio.charset.StandardCharsets;

/** One HTTP request as an attacker writes it: the target exactly as sent, and the body's bytes. */
record Request(String method, String target, String contentType, byte[] body) {

    static Request of(String method, String target) {
        return new Request(method, target, null, null);
    }

    static Request json(String method, String target, String json) {
        return new Request(method, target, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Request at(String otherTarget) {
        return new Request(method, otherTarget, contentType, body);
    }

    /** A line for a failure message: never a target's or a body's megabytes. */
    @Override
    public String toString() {
        String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return method + " " + shortened(target) + (shown.isEmpty() ? "" : " " + shortened(shown));
    }

    private static String shortened(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + " characters)" : text;
    }
}
