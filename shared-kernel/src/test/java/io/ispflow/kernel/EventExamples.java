package io.ispflow.kernel;

import io.ispflow.kernel.operator.OperatorCreated;
import io.ispflow.kernel.operator.OperatorPasswordChanged;
import io.ispflow.kernel.operator.OperatorPasswordRehashed;
import io.ispflow.kernel.operator.OperatorRemoved;
import io.ispflow.kernel.operator.OperatorRoleChanged;
import io.ispflow.kernel.operator.PasswordHash;
import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageRetired;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.kernel.quota.QuotaRestoredBy;
import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;
import io.ispflow.kernel.quota.SubscriberQuotaRestored;
import io.ispflow.kernel.quota.SubscriberQuotaTopUpAdded;
import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.router.RouterApiTokenRotated;
import io.ispflow.kernel.router.RouterCameOnline;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.router.RouterUpdated;
import io.ispflow.kernel.router.RouterWentOffline;
import io.ispflow.kernel.router.RouterWireGuardKeyRecorded;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.router.WireGuardKeySource;
import io.ispflow.kernel.subscriber.StaticIpAssigned;
import io.ispflow.kernel.subscriber.StaticIpReleased;
import io.ispflow.kernel.subscriber.SubscriberContactUpdated;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberDisconnectRequested;
import io.ispflow.kernel.subscriber.SubscriberForgotten;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.subscriber.SubscriberReactivated;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriberType;
import io.ispflow.kernel.subscriber.SubscriptionExpired;
import io.ispflow.kernel.subscriber.SubscriptionExpiryNoticed;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import io.ispflow.kernel.tenant.TenantCreated;
import io.ispflow.kernel.tenant.TenantProfile;
import io.ispflow.kernel.tenant.TenantReactivated;
import io.ispflow.kernel.tenant.TenantSuspended;

import io.ispflow.kernel.voucher.VoucherActivated;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherBatchIssued;
import io.ispflow.kernel.voucher.VoucherBatchRevoked;
import io.ispflow.kernel.voucher.VoucherExpired;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.kernel.voucher.VoucherIssued;
import io.ispflow.kernel.voucher.VoucherRevoked;
import io.ispflow.kernel.vpn.AgentKeyCreated;
import io.ispflow.kernel.vpn.AgentKeyDigest;
import io.ispflow.kernel.vpn.AgentKeyId;
import io.ispflow.kernel.vpn.AgentKeyRevoked;
import io.ispflow.kernel.vpn.VpnServerCameUp;
import io.ispflow.kernel.vpn.VpnServerFlags;
import io.ispflow.kernel.vpn.VpnServerFlagsChanged;
import io.ispflow.kernel.vpn.VpnServerWireGuardConfigured;
import io.ispflow.kernel.vpn.WireGuardEndpoint;
import io.ispflow.kernel.vpn.VpnServerId;
import io.ispflow.kernel.vpn.VpnServerLocation;
import io.ispflow.kernel.vpn.VpnServerRegistered;
import io.ispflow.kernel.vpn.VpnServerRemoved;
import io.ispflow.kernel.vpn.VpnServerWentDown;
import io.ispflow.kernel.webhook.NotificationType;
import io.ispflow.kernel.webhook.WebhookId;
import io.ispflow.kernel.webhook.WebhookRegistered;
import io.ispflow.kernel.webhook.WebhookRemoved;
import io.ispflow.kernel.webhook.WebhookUrl;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One example of every event, with fixed values, as the event contract test serialises them. */
final class EventExamples {

    static final TenantId TENANT = TenantId.of(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
    static final VoucherBatchId BATCH = VoucherBatchId.of(UUID.fromString("00000000-0000-4000-8000-0000000000f1"));
    static final VoucherId VOUCHER = VoucherId.of(UUID.fromString("00000000-0000-4000-8000-0000000000f2"));
    static final PackageId HOME = PackageId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
    static final PackageId BUSINESS = PackageId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b2"));
    static final RouterId CORE = RouterId.of(UUID.fromString("00000000-0000-4000-8000-0000000000c1"));
    static final AgentKeyId AGENT_KEY = AgentKeyId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a2"));
    static final VpnServerId FRANKFURT = VpnServerId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    static final WebhookId SMS_GATEWAY = WebhookId.of(UUID.fromString("00000000-0000-4000-8000-0000000000f3"));
    static final SubscriberId ALICE = SubscriberId.of(UUID.fromString("00000000-0000-4000-8000-0000000000d1"));
    static final PackageTerms HOME_TERMS = new PackageTerms("Home 20", new RateLimit(20_000, 5_000), 86_400, 600, 2,
            30, "home-pool", new BigDecimal("25.00"), 100_000, new RateLimit(2_000, 1_000));
    static final RouterDetails CORE_DETAILS = new RouterDetails("core-1", "Main street POP", "CCR2004");
    static final Ipv4Address ALICE_IP = Ipv4Address.parse("203.0.113.7");
    static final OperatorId MARY = OperatorId.of(UUID.fromString("00000000-0000-4000-8000-0000000000e1"));
    static final PasswordHash HASH = PasswordHash.of("$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA");
    static final PasswordHash STRONGER_HASH = PasswordHash.of("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA");

    private EventExamples() {
    }

    /** Ciphertext stands in as fixed base64: the contract is the field's shape, not the cipher's output. */
    private static SealedValue sealed(String base64) {
        return SealedValue.of("aesgcm1:" + base64);
    }

    static List<Object> all() {
        return List.of(
                new PackageCreated(HOME, TENANT, HOME_TERMS),
                new PackageUpdated(HOME, TENANT, new PackageTerms("Home 30", new RateLimit(30_000, 10_000), null, null,
                        null, null, null, null)),
                new PackageRetired(HOME, TENANT),
                new RouterRegistered(CORE, TENANT, CORE_DETAILS, Ipv4Address.parse("10.100.0.2"),
                        sealed("U2VjcmV0U2VjcmV0U2VjcmV0U2VjcmV0"), sealed("VG9rZW5Ub2tlblRva2VuVG9rZW5Ub2tlbg==")),
                new RouterUpdated(CORE, TENANT, new RouterDetails("core-2", null, null)),
                new RouterSecretRotated(CORE, TENANT, sealed("TmV3U2VjcmV0TmV3U2VjcmV0TmV3")),
                new RouterApiTokenRotated(CORE, TENANT, sealed("TmV3VG9rZW5OZXdUb2tlbk5ld1Rva2Vu")),
                new RouterWireGuardKeyRecorded(CORE, TENANT, WireGuardKey.of("gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA="),
                        WireGuardKeySource.ROUTER),
                new RouterCameOnline(CORE, TENANT, Instant.parse("2026-12-03T21:00:00Z")),
                new RouterWentOffline(CORE, TENANT, Instant.parse("2026-12-03T22:00:00Z"), Instant.parse("2026-12-03T22:04:30Z")),
                new RouterDecommissioned(CORE, TENANT, Ipv4Address.parse("10.100.0.2")),
                new SubscriberCreated(ALICE, TENANT, "ISP0000001", sealed("VXNlcm5hbWVVc2VybmFtZQ=="),
                        sealed("UGFzc3dvcmRQYXNzd29yZA=="), SubscriberType.STATIC, HOME, ALICE_IP,
                        Instant.parse("2026-12-23T10:00:00Z"), sealed("Q29udGFjdENvbnRhY3RDb250YWN0")),
                new SubscriberPackageChanged(ALICE, TENANT, HOME, BUSINESS),
                new SubscriberPasswordChanged(ALICE, TENANT, sealed("TmV3UGFzc3dvcmROZXdQYXNz")),
                new SubscriberSuspended(ALICE, TENANT, "unpaid invoice 2026-11"),
                new SubscriberReactivated(ALICE, TENANT),
                new SubscriberDisconnectRequested(ALICE, TENANT, "line fault reported, reconnecting"),
                new SubscriptionRenewed(ALICE, TENANT, Instant.parse("2027-01-22T10:00:00Z")),
                new SubscriptionExpiryNoticed(ALICE, TENANT, Instant.parse("2027-01-22T10:00:00Z")),
                new SubscriptionExpired(ALICE, TENANT, Instant.parse("2027-01-22T10:00:00Z")),
                new StaticIpAssigned(ALICE, TENANT, Ipv4Address.parse("203.0.113.8")),
                new StaticIpReleased(ALICE, TENANT, Ipv4Address.parse("203.0.113.8")),
                new SubscriberContactUpdated(ALICE, TENANT, sealed("TmV3Q29udGFjdE5ld0NvbnRhY3Q=")),
                new SubscriberQuotaTopUpAdded(ALICE, TENANT, 5_000),
                new SubscriberQuotaExhausted(ALICE, TENANT, Instant.parse("2026-11-23T10:00:00Z"), 105_012, 105_000,
                        QuotaState.FAIR_USAGE, new RateLimit(2_000, 1_000)),
                new SubscriberQuotaRestored(ALICE, TENANT, HOME, QuotaRestoredBy.TOP_UP),
                new SubscriberTerminated(ALICE, TENANT),
                new SubscriberForgotten(ALICE, TENANT, Instant.parse("2027-02-01T09:30:00Z")),
                new TenantCreated(TENANT, new TenantProfile("Harbour Net", "harbour-net", "HBN")),
                new TenantSuspended(TENANT, "contract ended"),
                new TenantReactivated(TENANT),
                new OperatorCreated(MARY, TENANT, "mary", Role.OPERATOR, HASH),
                new OperatorRoleChanged(MARY, TENANT, Role.OPERATOR, Role.ADMIN),
                new OperatorPasswordChanged(MARY, TENANT, HASH),
                new OperatorPasswordRehashed(MARY, TENANT, STRONGER_HASH),
                new OperatorRemoved(MARY, TENANT),
                new VoucherBatchIssued(BATCH, TENANT, HOME, 500, "cafe", 8, Duration.ofHours(24), new BigDecimal("2.50"),
                        Instant.parse("2027-03-31T23:59:59Z")),
                new VoucherIssued(VOUCHER, BATCH, TENANT, HOME, 1, sealed("Vm91Y2hlckNvZGVWb3VjaGVy"), Duration.ofHours(24),
                        Instant.parse("2027-03-31T23:59:59Z")),
                new VoucherActivated(VOUCHER, BATCH, TENANT, Instant.parse("2026-12-04T18:05:00Z"), Instant.parse("2026-12-05T18:05:00Z")),
                new VoucherExpired(VOUCHER, BATCH, TENANT),
                new VoucherRevoked(VOUCHER, BATCH, TENANT, "lost at the counter"),
                new VoucherBatchRevoked(BATCH, TENANT, "printed twice"),
                new VpnServerRegistered(FRANKFURT, TENANT, "198.51.100.20", "vpn-fra-1",
                        new VpnServerLocation("DE", "Germany", "Hesse", "Frankfurt am Main"), Instant.parse("2026-12-03T21:00:00Z")),
                new VpnServerWentDown(FRANKFURT, TENANT, Instant.parse("2026-12-03T22:00:00Z"), Instant.parse("2026-12-03T22:04:10Z")),
                new VpnServerCameUp(FRANKFURT, TENANT, Instant.parse("2026-12-03T22:30:00Z")),
                new VpnServerRemoved(FRANKFURT, TENANT, Instant.parse("2026-12-03T22:30:00Z"), Instant.parse("2027-01-02T22:31:00Z")),
                new WebhookRegistered(SMS_GATEWAY, TENANT, WebhookUrl.of("https://sms.gateway.example/ispflow"),
                        List.of(NotificationType.ROUTER_OFFLINE, NotificationType.ROUTER_ONLINE), sealed("V2ViaG9va1NlY3JldFdlYmhvb2s=")),
                new WebhookRemoved(SMS_GATEWAY, TENANT),
                new VpnServerFlagsChanged(FRANKFURT, TENANT, new VpnServerFlags(true, true, List.of("eu", "primary"))),
                new VpnServerWireGuardConfigured(FRANKFURT, TENANT, WireGuardEndpoint.of("vpn-fra-1.isp.example:51820"),
                        WireGuardKey.of("xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=")),
                new AgentKeyCreated(AGENT_KEY, TENANT,
                        AgentKeyDigest.parse("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                        Instant.parse("2026-12-03T20:00:00Z")),
                new AgentKeyRevoked(AGENT_KEY, TENANT, Instant.parse("2026-12-05T09:00:00Z")));
    }
}
