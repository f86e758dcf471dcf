package io.ispflow.radius.rebuild;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageRetired;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.router.RouterUpdated;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.StaticIpAssigned;
import io.ispflow.kernel.subscriber.StaticIpReleased;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.quota.QuotaRestoredBy;
import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;
import io.ispflow.kernel.quota.SubscriberQuotaRestored;
import io.ispflow.kernel.subscriber.SubscriberReactivated;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriberType;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.voucher.VoucherActivated;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherCode;
import io.ispflow.kernel.voucher.VoucherExpired;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.kernel.voucher.VoucherIssued;
import io.ispflow.kernel.voucher.VoucherRevoked;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.ispflow.radius.TestVault.sealed;

/**
 * An ISP's history as the command side would record it: each step picks an operator's command by number
 * and applies it where the rules allow (a terminated subscriber takes no more commands, a retired package
 * no new subscribers, a decommissioned router frees its tunnel address, a voucher is activated once and ends expired or
 * revoked), so any list of numbers is a valid history.
 */
final class IspHistory {

    private static final TenantId TENANT = TenantId.of(UUID.fromString("7e0a1e11-0000-4000-8000-0000000000aa"));
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** What the rules need to know of a subscriber who is not terminated. */
    private static final class Subscriber {
        PackageId packageId;
        boolean suspended;
        boolean exhausted;
        Ipv4Address staticIp;
    }

    private final List<Object> events = new ArrayList<>();
    private final List<PackageId> activePackages = new ArrayList<>();
    private final List<PackageId> packages = new ArrayList<>();
    private final Map<SubscriberId, Subscriber> subscribers = new LinkedHashMap<>();
    private final Map<RouterId, Integer> routers = new LinkedHashMap<>();
    /** The vouchers neither expired nor revoked, each with its batch and whether it was activated. */
    private final Map<VoucherId, VoucherBatchId> usableVouchers = new LinkedHashMap<>();
    private final Set<VoucherId> activeVouchers = new HashSet<>();
    private int counter;

    /** The events of the commands that the numbers pick, in order. */
    static List<Object> of(List<Integer> steps) {
        IspHistory history = new IspHistory();
        steps.forEach(history::step);
        return history.events;
    }

    private void step(int step) {
        counter++;
        int choice = Math.floorMod(step, 22);
        if (choice < 3 || activePackages.isEmpty()) {
            packageCommand(choice, step);
        } else if (choice < 14) {
            subscriberCommand(choice, step);
        } else if (choice < 18) {
            routerCommand(choice - 2, step);
        } else {
            voucherCommand(choice, step);
        }
    }

    private void packageCommand(int choice, int step) {
        if (choice == 1 && !packages.isEmpty()) {
            events.add(new PackageUpdated(pick(packages, step), TENANT, terms(step)));
        } else if (choice == 2 && activePackages.size() > 1) {
            PackageId retired = pick(activePackages, step);
            activePackages.remove(retired);
            events.add(new PackageRetired(retired, TENANT));
        } else {
            PackageId created = PackageId.of(UUID.randomUUID());
            packages.add(created);
            activePackages.add(created);
            events.add(new PackageCreated(created, TENANT, terms(step)));
        }
    }

    private void subscriberCommand(int choice, int step) {
        if (choice == 3 || subscribers.isEmpty()) {
            signUp(step);
            return;
        }
        SubscriberId id = pick(new ArrayList<>(subscribers.keySet()), step);
        Subscriber subscriber = subscribers.get(id);
        Object event = switch (choice) {
            case 4 -> changePackage(id, subscriber, step);
            case 5 -> new SubscriberPasswordChanged(id, TENANT, sealed(id.value(), RadiusPassword.of("password-" + counter)));
            case 6 -> subscriber.suspended ? null : new SubscriberSuspended(id, TENANT, "unpaid");
            case 7 -> subscriber.suspended ? new SubscriberReactivated(id, TENANT) : null;
            case 8 -> new SubscriptionRenewed(id, TENANT, START.plusSeconds(3600L * counter));
            case 9 -> new StaticIpAssigned(id, TENANT, Ipv4Address.parse("198.51.100." + (counter % 250 + 1)));
            case 10 -> subscriber.staticIp == null ? null : new StaticIpReleased(id, TENANT, subscriber.staticIp);
            case 12 -> subscriber.exhausted ? null : exhausted(id, step);
            case 13 -> subscriber.exhausted ? new SubscriberQuotaRestored(id, TENANT, subscriber.packageId, QuotaRestoredBy.TOP_UP) : null;
            default -> new SubscriberTerminated(id, TENANT);
        };
        if (event != null) {
            record(id, subscriber, event);
            events.add(event);
        }
    }

    /** At a fair-usage rate, or blocked, as the step's parity says. */
    private SubscriberQuotaExhausted exhausted(SubscriberId id, int step) {
        boolean fairUsage = step % 2 == 0;
        return new SubscriberQuotaExhausted(id, TENANT, START, 1_000 + counter, 1_000, fairUsage ? QuotaState.FAIR_USAGE
                : QuotaState.BLOCKED, fairUsage ? new RateLimit(256 * (counter % 8 + 1), 128) : null);
    }

    private Object changePackage(SubscriberId id, Subscriber subscriber, int step) {
        PackageId to = pick(activePackages, step);
        return to.equals(subscriber.packageId) ? null : new SubscriberPackageChanged(id, TENANT, subscriber.packageId, to);
    }

    private void record(SubscriberId id, Subscriber subscriber, Object event) {
        if (event instanceof SubscriberPackageChanged changed) {
            subscriber.packageId = changed.to();
        } else if (event instanceof StaticIpAssigned assigned) {
            subscriber.staticIp = assigned.ip();
        } else if (event instanceof StaticIpReleased) {
            subscriber.staticIp = null;
        } else if (event instanceof SubscriberTerminated) {
            subscribers.remove(id);
        } else if (event instanceof SubscriberSuspended || event instanceof SubscriberReactivated) {
            subscriber.suspended = event instanceof SubscriberSuspended;
        } else if (event instanceof SubscriberQuotaExhausted || event instanceof SubscriberQuotaRestored) {
            subscriber.exhausted = event instanceof SubscriberQuotaExhausted;
        }
    }

    private void signUp(int step) {
        SubscriberId id = SubscriberId.random();
        Subscriber subscriber = new Subscriber();
        subscriber.packageId = pick(activePackages, step);
        boolean fixed = step % 3 == 0;
        subscriber.staticIp = fixed ? Ipv4Address.parse("203.0.113." + (counter % 250 + 1)) : null;
        subscribers.put(id, subscriber);
        events.add(new SubscriberCreated(id, TENANT, "ACC-" + counter, sealed(id.value(), Username.of("user" + counter)),
                sealed(id.value(), RadiusPassword.of("secret-" + counter)), fixed ? SubscriberType.STATIC : SubscriberType.PPPOE,
                subscriber.packageId, subscriber.staticIp, step % 2 == 0 ? START.plusSeconds(counter) : null,
                sealed(id.value(), Contact.NONE)));
    }

    private void voucherCommand(int choice, int step) {
        if (choice == 18 || usableVouchers.isEmpty()) {
            issueBatch(step);
            return;
        }
        VoucherId id = pick(new ArrayList<>(usableVouchers.keySet()), step);
        VoucherBatchId batch = usableVouchers.get(id);
        if (choice == 19) {
            if (activeVouchers.add(id)) {
                Instant firstLogin = START.plusSeconds(60L * counter);
                events.add(new VoucherActivated(id, batch, TENANT, firstLogin, firstLogin.plus(Duration.ofHours(step % 48 + 1))));
            }
            return;
        }
        usableVouchers.remove(id);
        activeVouchers.remove(id);
        events.add(choice == 20 ? new VoucherExpired(id, batch, TENANT) : new VoucherRevoked(id, batch, TENANT, "lost"));
    }

    /** One to three vouchers, unused codes lapsing or not as the step's parity says. */
    private void issueBatch(int step) {
        VoucherBatchId batch = VoucherBatchId.random();
        Instant usableUntil = step % 2 == 0 ? START.plus(Duration.ofDays(counter)) : null;
        for (int number = 1; number <= step % 3 + 1; number++) {
            VoucherId id = VoucherId.random();
            usableVouchers.put(id, batch);
            events.add(new VoucherIssued(id, batch, TENANT, pick(activePackages, step), number,
                    sealed(batch.value(), code(counter * 3 + number)), Duration.ofHours(24), usableUntil));
        }
    }

    /** A code of the voucher alphabet for each number, never a subscriber's "user..." name. */
    private static VoucherCode code(int number) {
        StringBuilder code = new StringBuilder("v");
        for (int rest = number; code.length() < 7 || rest > 0; rest /= VoucherCode.ALPHABET.length()) {
            code.append(VoucherCode.ALPHABET.charAt(rest % VoucherCode.ALPHABET.length()));
        }
        return VoucherCode.of(code.toString());
    }

    private void routerCommand(int choice, int step) {
        if (choice == 12 || routers.isEmpty()) {
            int host = 2;
            while (routers.containsValue(host)) {
                host++;
            }
            RouterId id = RouterId.random();
            routers.put(id, host);
            events.add(new RouterRegistered(id, TENANT, new RouterDetails("router-" + counter, "site " + counter, null),
                    tunnelAddress(host), sealed(id.value(), "secret-" + counter), sealed(id.value(), "api-token-" + counter)));
            return;
        }
        RouterId id = pick(new ArrayList<>(routers.keySet()), step);
        events.add(switch (choice) {
            case 13 -> new RouterUpdated(id, TENANT, new RouterDetails("renamed-" + counter, null, "rack " + counter));
            case 14 -> new RouterSecretRotated(id, TENANT, sealed(id.value(), "rotated-" + counter));
            default -> new RouterDecommissioned(id, TENANT, tunnelAddress(routers.remove(id)));
        });
    }

    private PackageTerms terms(int step) {
        boolean full = step % 2 == 0;
        return new PackageTerms("Package " + counter, new RateLimit(1_000 * (counter % 50 + 1), 500 * (counter % 20 + 1)),
                full ? 3_600 : null, full ? 600 : null, full ? counter % 3 + 1 : null, 30, full ? "pool-" + counter : null,
                new BigDecimal("10.00"));
    }

    private static Ipv4Address tunnelAddress(int host) {
        return Ipv4Address.parse("10.100." + host / 256 + "." + host % 256);
    }

    private static <T> T pick(List<T> from, int step) {
        return from.get(Math.floorMod(step / 16, from.size()));
    }
}
