package io.ispflow.sessions.accounting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes FreeRADIUS's accounting into the read model: every poll reads the radacct rows changed since the
 * cursor (less the overlap), batch by batch, and in one application-database transaction a batch updates
 * the sessions, adds to the daily usage (and to the subscription period's, for the quotas) what each session's
 * counters grew by since they were last read, and moves the cursor. A row read again (the overlap, a restart, a second process) grows by nothing, so
 * nothing is counted twice. Accounting rows are not domain events: nothing goes to the event store.
 */
@Component
public class AccountingReader {

    private static final Logger log = LoggerFactory.getLogger(AccountingReader.class);

    private final RadacctRows radacct;
    private final SessionLedger ledger;
    private final QuotaPeriods quotaPeriods;
    private final AccountingProperties properties;
    private final TransactionTemplate transaction;
    private final AccountingSignsOfLife signsOfLife;

    AccountingReader(RadacctRows radacct, SessionLedger ledger, QuotaPeriods quotaPeriods, AccountingProperties properties,
                     PlatformTransactionManager transactions, AccountingSignsOfLife signsOfLife) {
        this.radacct = radacct;
        this.ledger = ledger;
        this.quotaPeriods = quotaPeriods;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.signsOfLife = signsOfLife;
    }

    /** A batch taken in, and the signs of life its routers gave. */
    private record Taken(List<AccountingRow> rows, Map<Owner, Instant> signsOfLife) {
    }

    @Scheduled(fixedDelayString = "${ispflow.sessions.accounting.poll-interval:5s}")
    void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            // the next poll starts from the same cursor: a database away for a while loses nothing
            log.warn("Could not read the accounting: {}", e.toString());
        }
    }

    /** The change time of the newest radacct row taken in; rows changed before it, less the overlap, are in the usage. */
    public Instant cursor() {
        return ledger.cursor();
    }

    /** Reads every row changed up to now; answers how many rows it read. Tests call it to read at once. */
    public synchronized int catchUp() {
        Instant overlapped = ledger.cursor().minus(properties.overlap());
        // never before the epoch: MariaDB's FROM_UNIXTIME of a negative number is NULL, which no row would follow
        Instant changed = overlapped.isBefore(Instant.EPOCH) ? Instant.EPOCH : overlapped;
        long after = 0;
        int read = 0;
        while (true) {
            Instant fromChanged = changed;
            long fromId = after;
            Taken taken = transaction.execute(status -> take(fromChanged, fromId));
            // after the batch's commit, outside its transaction: a router refused cannot roll the accounting back
            signsOfLife.send(taken.signsOfLife());
            List<AccountingRow> rows = taken.rows();
            read += rows.size();
            if (rows.size() < properties.batchSize()) {
                return read;
            }
            AccountingRow last = rows.get(rows.size() - 1);
            changed = last.changed();
            after = last.radacctId();
        }
    }

    private Taken take(Instant changed, long after) {
        ledger.lockCursor();
        List<AccountingRow> rows = radacct.after(changed, after, properties.batchSize());
        if (rows.isEmpty()) {
            return new Taken(rows, Map.of());
        }
        Map<String, TakenSession> taken = ledger.taken(rows.stream().map(AccountingRow::uniqueId).toList());
        Map<String, Owner> subscribers = ledger.subscribers(names(rows, AccountingReader::username));
        Map<String, Owner> routers = ledger.routers(names(rows, row -> row.nasAddress()));
        List<SessionRecord> sessions = new ArrayList<>();
        Map<SessionLedger.UsageDay, SessionLedger.DailyGrowth> usage = new LinkedHashMap<>();
        List<QuotaPeriods.Growth> periodUsage = new ArrayList<>();
        for (AccountingRow row : rows) {
            TakenSession before = taken.get(row.uniqueId());
            SessionRecord session = owned(row, before, subscribers.get(username(row)), routers.get(row.nasAddress()));
            sessions.add(session);
            if (session.subscriberId() != null) {
                grow(usage, periodUsage, session, before);
            }
        }
        ledger.save(sessions);
        ledger.add(usage);
        quotaPeriods.add(periodUsage);
        ledger.moveCursor(rows.get(rows.size() - 1).changed());
        return new Taken(rows, AccountingSignsOfLife.newest(rows, routers));
    }

    /** Owners are those of the first read, unless it had none: a username or router projected late still counts. */
    private SessionRecord owned(AccountingRow row, TakenSession before, Owner subscriber, Owner router) {
        UUID subscriberId = before != null && before.subscriberId() != null ? before.subscriberId()
                : subscriber != null ? subscriber.id() : null;
        UUID routerId = before != null && before.routerId() != null ? before.routerId() : router != null ? router.id() : null;
        // the subscriber's tenant, else the router's
        UUID tenantId = before != null && before.subscriberId() != null ? before.tenantId()
                : subscriber != null ? subscriber.tenantId()
                : before != null && before.tenantId() != null ? before.tenantId() : router != null ? router.tenantId() : null;
        Duration interval = row.interimSeconds() != null && row.interimSeconds() > 0
                ? Duration.ofSeconds(row.interimSeconds()) : properties.defaultInterimInterval();
        return new SessionRecord(row, tenantId, subscriberId, routerId, row.reportedAt().plus(interval.multipliedBy(2)));
    }

    private void grow(Map<SessionLedger.UsageDay, SessionLedger.DailyGrowth> usage, List<QuotaPeriods.Growth> periodUsage,
                      SessionRecord session, TakenSession before) {
        AccountingRow row = session.row();
        Usage now = new Usage(row.inputOctets(), row.outputOctets(), row.onlineSeconds());
        Usage grown = before == null ? now : now.since(before.counted());
        Instant from = before == null ? row.startedAt() : before.lastUpdateAt();
        if (before == null || before.subscriberId() == null) {
            LocalDate startDay = row.startedAt().atZone(properties.dayZone()).toLocalDate();
            usage.merge(new SessionLedger.UsageDay(session.subscriberId(), startDay),
                    new SessionLedger.DailyGrowth(session.tenantId(), Usage.NONE, 1), SessionLedger.DailyGrowth::plus);
        }
        if (grown.isNone()) {
            return;
        }
        periodUsage.add(new QuotaPeriods.Growth(session.subscriberId(), grown.uploadBytes() + grown.downloadBytes(), from,
                row.reportedAt()));
        DaySplit.of(grown, from, row.reportedAt(), properties.dayZone()).forEach((day, part) ->
                usage.merge(new SessionLedger.UsageDay(session.subscriberId(), day),
                        new SessionLedger.DailyGrowth(session.tenantId(), part, 0), SessionLedger.DailyGrowth::plus));
    }

    /** Usernames are lower case in ispflow; a router may send one as the subscriber typed it (MariaDB lets it in). */
    private static String username(AccountingRow row) {
        return row.username().toLowerCase(Locale.ROOT);
    }

    private static Set<String> names(List<AccountingRow> rows, Function<AccountingRow, String> name) {
        return rows.stream().map(name).collect(Collectors.toSet());
    }
}
