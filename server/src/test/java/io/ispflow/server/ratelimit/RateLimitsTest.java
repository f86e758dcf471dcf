package io.ispflow.server.ratelimit;

import io.ispflow.kernel.RateLimitedException;
import io.ispflow.kernel.router.RouterId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in counts failures, per address and per username; a username's owner is not locked out by strangers. */
class RateLimitsTest {

    static final String OWN_ADDRESS = "203.0.113.10";

    final RateLimits limits = new RateLimits(5, 20, 3, 6);

    @Test
    void anAddressIsRefusedAfterFiveFailuresWhateverUsernameItTriesNext() {
        failures("192.0.2.1", "admin", 5);

        assertThatThrownBy(() -> limits.requireSignInAllowed("192.0.2.1", "alice")).isInstanceOf(RateLimitedException.class);
    }

    /** Wrong router API keys and failed sign-ins are counted apart: a misconfigured router does not lock its site's operators out. */
    @Test
    void anAddressIsRefusedRouterKeysAfterFiveWrongOnesButStillSignsIn() {
        for (int wrong = 1; wrong <= 5; wrong++) {
            limits.requireApiKeyAllowed("192.0.2.9");
            limits.apiKeyFailed("192.0.2.9");
        }

        assertThatThrownBy(() -> limits.requireApiKeyAllowed("192.0.2.9")).isInstanceOf(RateLimitedException.class);
        assertThatCode(() -> limits.requireSignInAllowed("192.0.2.9", "admin")).doesNotThrowAnyException();
        assertThatCode(() -> limits.requireApiKeyAllowed("192.0.2.10")).doesNotThrowAnyException();
    }

    /** A router's calls count against the router, whatever address they come from, and not against another router. */
    @Test
    void aRouterIsRefusedAfterItsAllowanceOfCallsAndAnotherIsNot() {
        RouterId chatty = RouterId.random();
        for (int call = 1; call <= 3; call++) {
            limits.routerCalled(chatty);
        }

        assertThatThrownBy(() -> limits.routerCalled(chatty)).isInstanceOf(RateLimitedException.class);
        assertThatCode(() -> limits.routerCalled(RouterId.random())).doesNotThrowAnyException();
    }

    @Test
    void successfulSignInsAreNotCounted() {
        for (int signIn = 1; signIn <= 50; signIn++) {
            limits.requireSignInAllowed(OWN_ADDRESS, "admin");
            limits.signedIn(OWN_ADDRESS, "admin");
        }

        assertThatCode(() -> limits.requireSignInAllowed(OWN_ADDRESS, "admin")).doesNotThrowAnyException();
    }

    @Test
    void oneStrangersFailuresDoNotKeepTheOperatorOutAnywhere() {
        failures("192.0.2.1", "admin", 5);

        assertThatCode(() -> limits.requireSignInAllowed("198.51.100.1", "admin")).doesNotThrowAnyException();
    }

    @Test
    void manyAddressesGuessingOneUsernameUseUpItsAllowanceForNewAddresses() {
        for (int address = 1; address <= RateLimits.USERNAME_FACTOR; address++) {
            failures("192.0.2." + address, "Admin", 5);
        }

        assertThatThrownBy(() -> limits.requireSignInAllowed("198.51.100.1", "admin")).isInstanceOf(RateLimitedException.class)
                .extracting("retryAfterSeconds").isNotEqualTo(0L);
    }

    @Test
    void theOperatorStillSignsInFromAnAddressTheySignedInFromBefore() {
        limits.signedIn(OWN_ADDRESS, "admin");
        for (int address = 1; address <= RateLimits.USERNAME_FACTOR; address++) {
            failures("192.0.2." + address, "admin", 5);
        }

        assertThatCode(() -> limits.requireSignInAllowed(OWN_ADDRESS, "admin")).doesNotThrowAnyException();
    }

    @Test
    void aSessionHasItsOwnAllowanceOfCalls() {
        for (int call = 1; call <= 20; call++) {
            limits.call("session-a");
        }

        assertThatThrownBy(() -> limits.call("session-a")).isInstanceOf(RateLimitedException.class)
                .extracting("retryAfterSeconds").isNotEqualTo(0L);
        assertThatCode(() -> limits.call("session-b")).doesNotThrowAnyException();
    }

    private void failures(String address, String username, int count) {
        for (int failure = 1; failure <= count; failure++) {
            limits.requireSignInAllowed(address, username);
            limits.signInFailed(address, username);
        }
    }
}
