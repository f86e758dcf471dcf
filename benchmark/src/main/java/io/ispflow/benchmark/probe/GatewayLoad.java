package io.ispflow.benchmark.probe;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.subscriber.ChangePackage;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.CreateSubscriber;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.ReactivateSubscriber;
import io.ispflow.kernel.subscriber.RenewSubscription;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberType;
import io.ispflow.kernel.subscriber.SuspendSubscriber;
import io.ispflow.kernel.subscriber.UpdateContact;
import io.ispflow.kernel.subscriber.Username;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Commands sent in-process through the CommandGateway, as fast as the given number of threads can:
 * sign-ups (timed one by one), and the later life of existing subscribers that fills the event store.
 */
class GatewayLoad {

    /** Each command's latency in microseconds, in the order they finished, and the whole run's time. */
    record Timings(long elapsedNanos, long[] latencyMicros) {
    }

    private final CommandGateway commands;
    private final JdbcTemplate appDatabase;

    GatewayLoad(CommandGateway commands, JdbcTemplate appDatabase) {
        this.commands = commands;
        this.appDatabase = appDatabase;
    }

    /** Signs up subscribers {@code first .. first+count-1} named with {@code prefix} on the package. */
    Timings createSubscribers(UUID packageId, String prefix, int first, int count, int threads, long timeLimitMillis) {
        TenantId tenant = tenantOf(packageId);
        return run(count, threads, timeLimitMillis, i -> {
            int number = first + i;
            String username = Subscribers.username(prefix, number);
            return new CreateSubscriber(SubscriberId.random(), tenant, new Username(username),
                    new RadiusPassword(Subscribers.password(username)), SubscriberType.PPPOE, PackageId.of(packageId),
                    null, null, new Contact(Subscribers.fullName(number), Subscribers.phone(number), null, null));
        });
    }

    /**
     * Sends about {@code count} later commands spread over every subscriber, each subscriber's in order:
     * contact update, renewal, package change, suspension, reactivation, again. A subscriber whose share
     * ends suspended is reactivated too, so that every subscriber can still log in afterwards.
     */
    Timings laterLife(UUID packageA, UUID packageB, int count, int threads, long timeLimitMillis) {
        TenantId tenant = tenantOf(packageA);
        List<UUID> subscribers = appDatabase.queryForList("SELECT subscriber_id FROM username_claim ORDER BY username", UUID.class);
        int share = count / subscribers.size();
        int extra = count % subscribers.size();
        return run(subscribers.size(), threads, timeLimitMillis, i -> {
            int mine = share + (i < extra ? 1 : 0);
            return new SubscriberLife(SubscriberId.of(subscribers.get(i)), tenant, PackageId.of(packageA), PackageId.of(packageB),
                    mine % 5 == 4 ? mine + 1 : mine);
        });
    }

    /** A subscriber's later commands, sent one after the other by one thread. */
    private record SubscriberLife(SubscriberId id, TenantId tenant, PackageId packageA, PackageId packageB, int commands) {

        void send(CommandGateway gateway) {
            for (int k = 0; k < commands; k++) {
                int round = k / 5;
                gateway.sendAndWait(switch (k % 5) {
                    case 0 -> new UpdateContact(id, tenant, new Contact("Renamed " + round, Subscribers.phone(round), null, null));
                    case 1 -> new RenewSubscription(id, tenant, null, 30);
                    case 2 -> new ChangePackage(id, tenant, round % 2 == 0 ? packageB : packageA);
                    case 3 -> new SuspendSubscriber(id, tenant, "benchmark");
                    default -> new ReactivateSubscriber(id, tenant);
                });
            }
        }
    }

    private TenantId tenantOf(UUID packageId) {
        return TenantId.of(appDatabase.queryForObject("SELECT tenant_id FROM package_catalog WHERE package_id = ?",
                UUID.class, packageId));
    }

    /** Runs {@code count} units of work on {@code threads} threads, each timed; stops taking work at the time limit. */
    private Timings run(int count, int threads, long timeLimitMillis, IntFunction<Object> work) {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeLimitMillis);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        Object unit = work.apply(i);
                        long sent = System.nanoTime();
                        if (unit instanceof SubscriberLife life) {
                            life.send(commands);
                        } else {
                            commands.sendAndWait(unit);
                        }
                        latencies[done.getAndIncrement()] = (System.nanoTime() - sent) / 1000;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("gateway load failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        long[] finished = new long[done.get()];
        System.arraycopy(latencies, 0, finished, 0, finished.length);
        return new Timings(System.nanoTime() - start, finished);
    }
}
