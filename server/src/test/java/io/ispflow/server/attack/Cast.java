package io.ispflow.server.attack;

import io.ispflow.kernel.Role;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.OtherTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everyone who calls the API in the attacker's suite: an operator of every role of this tenant, the
 * platform administrator, the OWNER of another tenant, and someone without a token.
 */
final class Cast {

    private static final String PASSWORD = "attacker-suite-password";

    private final Map<Role, Caller> byRole;
    private final Caller otherTenant;

    private Cast(Map<Role, Caller> byRole, Caller otherTenant) {
        this.byRole = byRole;
        this.otherTenant = otherTenant;
    }

    /** Creates the tenant's operators of each role through the API, and signs everyone in. */
    static Cast signIn(int port, JdbcTemplate appDatabase, PasswordEncoder passwords) {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        Map<Role, Caller> byRole = new EnumMap<>(Role.class);
        byRole.put(Role.OWNER, new Caller("OWNER", owner.accessToken()));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (Role role : List.of(Role.ADMIN, Role.OPERATOR, Role.AUDITOR, Role.READONLY)) {
            String username = "attacker-" + role.name().toLowerCase() + "-" + tag;
            Api.Answer created = owner.post("/api/v1/operators", Map.of("username", username, "password", PASSWORD, "role", role.name()));
            if (created.status() != 201) {
                throw new IllegalStateException("could not create the " + role + ": " + created);
            }
            byRole.put(role, new Caller(role.name(), new Api(port).login(username, PASSWORD).accessToken()));
        }
        byRole.put(Role.PLATFORM_ADMIN, new Caller("PLATFORM_ADMIN",
                new Api(port).login("platform-admin", "platform-test-password").accessToken()));
        Caller otherTenant = new Caller("another tenant's OWNER", OtherTenant.signIn(port, appDatabase, passwords).accessToken());
        return new Cast(byRole, otherTenant);
    }

    Caller owner() {
        return byRole.get(Role.OWNER);
    }

    Caller platformAdmin() {
        return byRole.get(Role.PLATFORM_ADMIN);
    }

    Caller otherTenant() {
        return otherTenant;
    }

    /** No token, every role, and another tenant's OWNER. */
    List<Caller> everyone() {
        List<Caller> everyone = new ArrayList<>();
        everyone.add(Caller.ANONYMOUS);
        everyone.addAll(byRole.values());
        everyone.add(otherTenant);
        return everyone;
    }
}
