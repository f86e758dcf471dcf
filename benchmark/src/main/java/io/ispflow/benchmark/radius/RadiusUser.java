package io.ispflow.benchmark.radius;

/** A subscriber as a router logs it in. */
public record RadiusUser(String username, String password) {
}
