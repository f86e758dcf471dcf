package io.ispflow.server.freeradius;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.server.Api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ISP's operator at the admin app: commands over ispflow's HTTP API, each one waited for until
 * the RADIUS tables hold it, so that what FreeRADIUS answers next follows from it.
 */
final class Operator {

    /** A registered router: where its packets come from and the secret it signs them with. */
    record Router(String id, InetAddress tunnelAddress, String secret) {
    }

    private final Api api;
    private final RadiusProjection projection;
    private final RadiusDatabase radius;

    Operator(Api api, RadiusProjection projection, RadiusDatabase radius) {
        this.api = api;
        this.projection = projection;
        this.radius = radius;
    }

    /** Creates a package from API.md's fields; answers its id. */
    String createPackage(Map<String, Object> terms) {
        return command("/api/v1/packages", terms).id();
    }

    /** Signs a subscriber up with API.md's fields; answers its id. */
    String signUp(Map<String, Object> subscriber) {
        return command("/api/v1/subscribers", subscriber).id();
    }

    Router registerRouter(String name) {
        Api.Answer registered = command("/api/v1/routers", Map.of("name", name));
        String tunnelAddress = registered.body().get("tunnelAddress").asString();
        // the secret reaches an operator only in the router's setup script; FreeRADIUS reads it from nas
        String secret = radius.jdbcTemplate().queryForObject(
                "SELECT secret FROM nas WHERE nasname = ?", String.class, tunnelAddress);
        try {
            return new Router(registered.id(), InetAddress.getByName(tunnelAddress), secret);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any command of API.md, e.g. {@code command("/api/v1/subscribers/" + id + "/suspend", Map.of("reason", "unpaid"))}. */
    Api.Answer command(String path, Object body) {
        return projected(path, api.post(path, body));
    }

    /** The commands API.md sends with PUT, e.g. a package update. */
    Api.Answer replace(String path, Object body) {
        return projected(path, api.put(path, body));
    }

    /** The commands API.md sends with DELETE, e.g. a termination. */
    Api.Answer remove(String path) {
        return projected(path, api.delete(path));
    }

    private Api.Answer projected(String path, Api.Answer answer) {
        assertThat(answer.status()).as("%s answered %s", path, answer).isBetween(200, 299);
        projection.await(answer.position());
        return answer;
    }
}
