package io.ispflow.server.voucher;

import io.ispflow.command.subscriber.UsernameRegistry;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.subscriber.UsernameTakenException;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.server.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A voucher's code and a subscriber's username are one namespace: twenty transactions claiming one name at once, half
 * for subscribers and half as voucher codes, leave exactly one owner, on the real PostgreSQL.
 */
@ApiTest
class VoucherCodeRaceTest {

    static {
        ApiTest.Databases.prepare();
    }

    @Autowired
    UsernameRegistry usernames;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate appDatabase;

    @Test
    void twentyParallelClaimsOfOneNameGiveOneOwner() throws Exception {
        Username name = new Username("race" + Long.toString(System.nanoTime(), 36));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService claimants = Executors.newFixedThreadPool(20);
        List<Future<Boolean>> won = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean asVoucher = i % 2 == 0;
            Callable<Boolean> claim = () -> {
                start.await();
                return transactions.execute(status -> asVoucher ? claimAsCode(name) : claimForSubscriber(name));
            };
            won.add(claimants.submit(claim));
        }
        start.countDown();
        List<Boolean> outcomes = new ArrayList<>();
        for (Future<Boolean> outcome : won) {
            outcomes.add(outcome.get(30, TimeUnit.SECONDS));
        }
        claimants.shutdown();

        assertThat(outcomes).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(appDatabase.queryForObject("SELECT count(*) FROM username_claim WHERE username = ?", Long.class, name.value()))
                .isEqualTo(1);
    }

    private boolean claimAsCode(Username name) {
        return usernames.claimCodes(Map.of(VoucherId.random(), name)).isEmpty();
    }

    private boolean claimForSubscriber(Username name) {
        try {
            usernames.claim(name, SubscriberId.random());
            return true;
        } catch (UsernameTakenException taken) {
            return false;
        }
    }
}
