package io.ispflow.command.vpn;

import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.vpn.ChangeVpnServerFlags;
import io.ispflow.kernel.vpn.ConfigureVpnServerWireGuard;
import io.ispflow.kernel.vpn.MarkVpnServerDown;
import io.ispflow.kernel.vpn.MarkVpnServerUp;
import io.ispflow.kernel.vpn.RegisterVpnServer;
import io.ispflow.kernel.vpn.RemoveVpnServer;
import io.ispflow.kernel.vpn.VpnServerCameUp;
import io.ispflow.kernel.vpn.VpnServerFlags;
import io.ispflow.kernel.vpn.VpnServerFlagsChanged;
import io.ispflow.kernel.vpn.VpnServerId;
import io.ispflow.kernel.vpn.VpnServerLocation;
import io.ispflow.kernel.vpn.VpnServerRegistered;
import io.ispflow.kernel.vpn.VpnServerRemoved;
import io.ispflow.kernel.vpn.VpnServerWentDown;
import io.ispflow.kernel.vpn.VpnServerWireGuardConfigured;
import io.ispflow.kernel.vpn.WireGuardEndpoint;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

class VpnServerTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    static final Instant FIRST = NOW.minusSeconds(3600);
    static final Instant LAST = NOW.minusSeconds(300);
    static final TenantId TENANT = TenantId.of(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
    static final TenantId OTHER_TENANT = TenantId.of(UUID.fromString("00000000-0000-4000-8000-00000000000b"));
    static final VpnServerId FRANKFURT = VpnServerId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    static final VpnServerLocation HESSE = new VpnServerLocation("DE", "Germany", "Hesse", "Frankfurt am Main");
    static final VpnServerFlags PINNED = new VpnServerFlags(true, true, List.of("primary"));
    static final WireGuardEndpoint ENDPOINT = WireGuardEndpoint.of("vpn-fra.isp.example:51820");
    static final WireGuardKey KEY = WireGuardKey.of("xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=");

    AggregateTestFixture<VpnServer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(VpnServer.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static VpnServerRegistered registered() {
        return new VpnServerRegistered(FRANKFURT, TENANT, "198.51.100.20", "vpn-fra-1", HESSE, FIRST);
    }

    static VpnServerWentDown wentDown() {
        return new VpnServerWentDown(FRANKFURT, TENANT, LAST, NOW.minusSeconds(60));
    }

    @Test
    void theFirstHeartbeatRegistersTheServer() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVpnServer(FRANKFURT, TENANT, "198.51.100.20", "vpn-fra-1", HESSE, FIRST))
                .expectEvents(registered());
    }

    @Test
    void aSilentServerGoesDownOnce() {
        fixture.given(registered())
                .when(new MarkVpnServerDown(FRANKFURT, TENANT, LAST))
                .expectEvents(new VpnServerWentDown(FRANKFURT, TENANT, LAST, NOW));
    }

    @Test
    void aServerAlreadyDownDoesNotGoDownAgain() {
        fixture.given(registered(), wentDown())
                .when(new MarkVpnServerDown(FRANKFURT, TENANT, LAST))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDownServersHeartbeatBringsItUp() {
        fixture.given(registered(), wentDown())
                .when(new MarkVpnServerUp(FRANKFURT, TENANT, NOW))
                .expectEvents(new VpnServerCameUp(FRANKFURT, TENANT, NOW));
    }

    @Test
    void anUpServerDoesNotComeUpAgain() {
        fixture.given(registered())
                .when(new MarkVpnServerUp(FRANKFURT, TENANT, NOW))
                .expectNoEvents();
    }

    @Test
    void aServerSilentPastTheRetentionIsRemoved() {
        fixture.given(registered(), wentDown())
                .when(new RemoveVpnServer(FRANKFURT, TENANT, LAST))
                .expectEvents(new VpnServerRemoved(FRANKFURT, TENANT, LAST, NOW))
                .expectMarkedDeleted();
    }

    @Test
    void aStaticServerIsKept() {
        fixture.given(registered(), new VpnServerFlagsChanged(FRANKFURT, TENANT, PINNED), wentDown())
                .when(new RemoveVpnServer(FRANKFURT, TENANT, LAST))
                .expectNoEvents();
    }

    @Test
    void flagsChangeOnlyWhenTheyDiffer() {
        fixture.given(registered())
                .when(new ChangeVpnServerFlags(FRANKFURT, TENANT, PINNED))
                .expectEvents(new VpnServerFlagsChanged(FRANKFURT, TENANT, PINNED));
        fixture.given(registered())
                .when(new ChangeVpnServerFlags(FRANKFURT, TENANT, VpnServerFlags.REGISTERED))
                .expectNoEvents();
    }

    @Test
    void wireGuardSettingsKeepThePartNotGiven() {
        fixture.given(registered(), new VpnServerWireGuardConfigured(FRANKFURT, TENANT, ENDPOINT, null))
                .when(new ConfigureVpnServerWireGuard(FRANKFURT, TENANT, null, KEY))
                .expectEvents(new VpnServerWireGuardConfigured(FRANKFURT, TENANT, ENDPOINT, KEY));
    }

    @Test
    void anotherTenantsServerIsNotFound() {
        fixture.given(registered())
                .when(new ChangeVpnServerFlags(FRANKFURT, OTHER_TENANT, PINNED))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }
}
