package io.ispflow.server.ratelimit;

import io.ispflow.kernel.RateLimitedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitsTest {

    final RateLimits limits = new RateLimits(5, 20);

    @Test
    void oneUsernameTriedFromManyAddressesIsLimitedToo() {
        for (int address = 1; address <= 5; address++) {
            limits.signIn("192.0.2." + address, "admin");
        }

        assertThatThrownBy(() -> limits.signIn("192.0.2.99", "admin")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void otherUsernamesAndAddressesKeepTheirOwnAllowance() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            limits.signIn("192.0.2.1", "admin");
        }

        assertThatCode(() -> limits.signIn("192.0.2.2", "alice")).doesNotThrowAnyException();
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
}
