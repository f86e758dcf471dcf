package io.ispflow.command.vpn;

import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.vpn.AgentKeyCreated;
import io.ispflow.kernel.vpn.AgentKeyDigest;
import io.ispflow.kernel.vpn.AgentKeyId;
import io.ispflow.kernel.vpn.AgentKeyRevoked;
import io.ispflow.kernel.vpn.CreateAgentKey;
import io.ispflow.kernel.vpn.RevokeAgentKey;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AgentKeyTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    static final TenantId TENANT = TenantId.of(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
    static final TenantId OTHER_TENANT = TenantId.of(UUID.fromString("00000000-0000-4000-8000-00000000000b"));
    static final AgentKeyId KEY = AgentKeyId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a2"));
    static final AgentKeyDigest DIGEST = AgentKeyDigest.of("Rk3m9QpX2vT7LwYc8NbZ4sHd6JfGa1Ue5KoPiMnB");

    AggregateTestFixture<AgentKey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AgentKey.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aKeyIsMadeWithItsDigestOnly() {
        fixture.givenNoPriorActivity()
                .when(new CreateAgentKey(KEY, TENANT, DIGEST))
                .expectEvents(new AgentKeyCreated(KEY, TENANT, DIGEST, NOW));
    }

    @Test
    void revokingAKeyRecordsWhen() {
        fixture.given(new AgentKeyCreated(KEY, TENANT, DIGEST, NOW.minusSeconds(60)))
                .when(new RevokeAgentKey(KEY, TENANT))
                .expectEvents(new AgentKeyRevoked(KEY, TENANT, NOW));
    }

    @Test
    void revokingARevokedKeyChangesNothing() {
        fixture.given(new AgentKeyCreated(KEY, TENANT, DIGEST, NOW.minusSeconds(60)), new AgentKeyRevoked(KEY, TENANT, NOW))
                .when(new RevokeAgentKey(KEY, TENANT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherTenantsKeyIsNotFound() {
        fixture.given(new AgentKeyCreated(KEY, TENANT, DIGEST, NOW.minusSeconds(60)))
                .when(new RevokeAgentKey(KEY, OTHER_TENANT))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theDigestIsTheKeysSha256InHex() {
        assertThat(AgentKeyDigest.of("abc").sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
