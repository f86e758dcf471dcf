package io.ispflow.sessions.voucher;

import io.ispflow.kernel.voucher.ActivateVoucher;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.sessions.accounting.RadiusTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Notices a voucher's first accepted login in FreeRADIUS's login log ({@code radpostauth}, written at every
 * Access-Accept, before any accounting) and sends {@link ActivateVoucher} with its time: the validity runs from
 * then. The log is read by its id, from a cursor in the application database that moves only once the batch's
 * commands are accepted; a command sent twice (a restart, a second process) changes nothing, as the voucher
 * activates once. Vouchers the sessions processor already knows as activated are not sent again.
 * <p>
 * A code can log in as soon as the RADIUS processor has written it, perhaps before the sessions processor has
 * projected it: so the cursor stops at a recent login of a username that is neither a voucher's nor a subscriber's
 * yet, and the next poll reads it again; after {@link #UNKNOWN_LOGIN_GRACE} such a login is passed over.
 */
@Component
public class VoucherActivation {

    private static final Logger log = LoggerFactory.getLogger(VoucherActivation.class);
    private static final int BATCH = 1_000;
    static final Duration UNKNOWN_LOGIN_GRACE = Duration.ofMinutes(10);

    private record Login(long id, String username, Instant at) {
    }

    private final RadiusDatabase radius;
    private final RadiusTime time;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final CommandGateway commands;

    VoucherActivation(RadiusDatabase radius, JdbcTemplate jdbc, CommandGateway commands) {
        this.radius = radius;
        this.time = RadiusTime.of(radius.dialect());
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.commands = commands;
    }

    @Scheduled(fixedDelayString = "${ispflow.sessions.voucher.activation-interval:5s}")
    void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            // the cursor stayed: the next poll sends the same batch again
            log.warn("Could not activate vouchers from the login log: {}", e.toString());
        }
    }

    /** Reads every accepted login logged up to now; answers how many vouchers it activated. Tests call it to read at once. */
    public synchronized int catchUp() {
        int activated = 0;
        while (true) {
            long after = jdbc.queryForObject("SELECT last_id FROM voucher_login_cursor WHERE id = 1", Long.class);
            List<Login> logins = radius.jdbcTemplate().query("SELECT id, username, " + time.column("authdate")
                            + " AS authdate FROM radpostauth WHERE id > ? AND reply = 'Access-Accept' ORDER BY id LIMIT ?",
                    (rs, n) -> new Login(rs.getLong("id"), rs.getString("username").toLowerCase(Locale.ROOT),
                            time.instant(rs, "authdate")), after, BATCH);
            List<Login> settled = settled(logins);
            if (settled.isEmpty()) {
                return activated;
            }
            for (Map.Entry<UUID, Instant> first : firstLoginsOfUnusedVouchers(settled).entrySet()) {
                commands.sendAndWait(new ActivateVoucher(VoucherId.of(first.getKey()), first.getValue()));
                activated++;
            }
            jdbc.update("UPDATE voucher_login_cursor SET last_id = ? WHERE id = 1", settled.get(settled.size() - 1).id());
            if (settled.size() < BATCH) {
                return activated;
            }
        }
    }

    /** The logins up to the first recent one of a username the sessions processor has not projected yet. */
    private List<Login> settled(List<Login> logins) {
        if (logins.isEmpty()) {
            return logins;
        }
        Set<String> known = new HashSet<>(named.queryForList("""
                SELECT username FROM session_voucher WHERE username IN (:names)
                UNION ALL SELECT username FROM session_username WHERE username IN (:names)""",
                new MapSqlParameterSource("names", logins.stream().map(Login::username).distinct().toList()), String.class));
        Instant recent = Instant.now().minus(UNKNOWN_LOGIN_GRACE);
        for (int i = 0; i < logins.size(); i++) {
            if (!known.contains(logins.get(i).username()) && logins.get(i).at().isAfter(recent)) {
                return logins.subList(0, i);
            }
        }
        return logins;
    }

    /** Each voucher not yet known as activated whose code logged in, with its earliest login of the batch. */
    private Map<UUID, Instant> firstLoginsOfUnusedVouchers(List<Login> logins) {
        Map<String, UUID> vouchers = new LinkedHashMap<>();
        named.query("SELECT username, voucher_id FROM session_voucher WHERE username IN (:names) AND NOT activated",
                new MapSqlParameterSource("names", logins.stream().map(Login::username).distinct().toList()),
                rs -> {
                    vouchers.put(rs.getString("username"), rs.getObject("voucher_id", UUID.class));
                });
        Map<UUID, Instant> firstLogins = new LinkedHashMap<>();
        logins.stream().filter(login -> vouchers.containsKey(login.username()))
                .forEach(login -> firstLogins.merge(vouchers.get(login.username()), login.at(),
                        (earlier, later) -> earlier.isBefore(later) ? earlier : later));
        return firstLogins;
    }
}
