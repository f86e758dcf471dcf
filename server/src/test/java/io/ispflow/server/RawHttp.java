package io.ispflow.server;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, sending the request target byte for byte as given: an attacker's
 * {@code /api;/v1/...} or {@code /api\v1}, which {@link java.net.URI} would refuse or rewrite, is not
 * cleaned up by a client library first.
 */
public final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** The status of a request with an empty JSON object for a body. */
    public static int status(int port, String method, String target) {
        return new RawHttp(port).send(method, target, Map.of("Content-Type", "application/json"),
                "{}".getBytes(StandardCharsets.UTF_8)).status();
    }

    /** One request on a connection of its own; {@code headers} are sent as given, in order. */
    public Api.Answer send(String method, String target, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (SocketException e) {
                // the server may answer and close before it has read everything (a refused, oversized request): read that answer
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            String shown = target.length() > 160 ? target.substring(0, 160) + "…" : target;
            throw new IllegalStateException(method + " " + shown + " failed: " + e, e);
        }
    }

    private static Api.Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] raw = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        byte[] payload = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? unchunk(raw) : raw;
        String bodyText = new String(payload, StandardCharsets.UTF_8);
        String contentType = headers.getOrDefault("content-type", "");
        JsonNode body = bodyText.isEmpty() || !contentType.contains("json") ? JSON.nullNode() : parse(bodyText);
        long retryAfter = headers.containsKey("retry-after") ? Long.parseLong(headers.get("retry-after")) : 0;
        return new Api.Answer(status, contentType, headers.getOrDefault("x-request-id", ""), retryAfter, body, bodyText);
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            return JSON.nullNode();
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, at);
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
