package io.ispflow.server.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts one delivery and tells what came back: a status, or why none did. */
class WebhookPoster {

    /** {@code status} null when no answer came ({@code error} says why). */
    record Answer(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    WebhookPoster(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    Answer post(URI url, String body, String signature, String deliveryId) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "ispflow-webhooks")
                .header(WebhookSignature.HEADER, signature)
                .header("X-Ispflow-Delivery", deliveryId)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            // the receiver's answer is not read: only its status counts
            return new Answer(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), null);
        } catch (IOException e) {
            return new Answer(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted");
        }
    }
}
