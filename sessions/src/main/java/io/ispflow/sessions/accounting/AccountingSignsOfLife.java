package io.ispflow.sessions.accounting;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.RecordRouterSignOfLife;
import io.ispflow.kernel.router.RouterId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Accounting from a router's tunnel address (a Start, an interim update, a Stop, or an Accounting-On closing its
 * sessions) is a sign of life, as its heartbeat is: for each router of a batch, its newest row's change time is sent
 * as {@link RecordRouterSignOfLife} once the batch is in. A sign older than the router's last counts for nothing, so
 * rows read again change nothing. It sends commands, so the process needs the {@code command} role or Axon Server.
 */
@Component
class AccountingSignsOfLife {

    private static final Logger log = LoggerFactory.getLogger(AccountingSignsOfLife.class);

    private final CommandGateway commands;

    AccountingSignsOfLife(CommandGateway commands) {
        this.commands = commands;
    }

    /** Each router's newest change among these rows, by the router owning the row's NAS address. */
    static Map<Owner, Instant> newest(List<AccountingRow> rows, Map<String, Owner> routers) {
        return rows.stream().filter(row -> routers.containsKey(row.nasAddress()))
                   .collect(Collectors.toMap(row -> routers.get(row.nasAddress()), AccountingRow::changed,
                           (one, other) -> one.isAfter(other) ? one : other));
    }

    /** A router that cannot be told (decommissioned, no command role here) keeps its accounting all the same. */
    void send(Map<Owner, Instant> signs) {
        signs.forEach((router, seenAt) -> {
            try {
                commands.sendAndWait(new RecordRouterSignOfLife(RouterId.of(router.id()), TenantId.of(router.tenantId()), seenAt, null));
            } catch (RuntimeException e) {
                log.debug("accounting from router {} not recorded as a sign of life: {}", router.id(), e.toString());
            }
        });
    }
}
