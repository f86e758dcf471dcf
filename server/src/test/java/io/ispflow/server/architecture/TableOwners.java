package io.ispflow.server.architecture;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.ispflow.server.architecture.Module.COMMAND_SIDE;
import static io.ispflow.server.architecture.Module.EVENT_STORE;
import static io.ispflow.server.architecture.Module.PROJECTIONS;
import static io.ispflow.server.architecture.Module.RADIUS_PROJECTOR;
import static io.ispflow.server.architecture.Module.SERVER;
import static io.ispflow.server.architecture.Module.SESSIONS;

/**
 * Which module owns each table (and sequence) of the application and RADIUS databases: the only
 * module whose SQL may name it. {@code MigrationsTest} keeps this list complete: a migration that
 * creates a table no module owns here fails it.
 */
final class TableOwners {

    static final Map<String, String> OWNER = Stream.of(
            owned(EVENT_STORE, "domain_event_entry", "snapshot_event_entry", "token_entry", "dead_letter_entry"),
            owned(COMMAND_SIDE, "package_catalog", "username_claim", "tunnel_address", "account_number_seq",
                    "account_number_counter", "static_ip_claim", "subscription_end", "tenant", "tenant_slug_claim",
                    "operator", "operator_username_claim", "wireguard_key_claim", "router_api_token", "voucher_life",
                    "vpn_agent_key", "vpn_server", "router_health"),
            owned(PROJECTIONS, "package_view", "router_view", "subscriber_view", "subscriber_count", "tenant_view",
                    "operator_view", "voucher_batch_view", "voucher_view", "voucher_count", "router_transition"),
            owned(RADIUS_PROJECTOR, "radcheck", "radreply", "radgroupcheck", "radgroupreply", "radusergroup", "nas",
                    "router_nas", "radius_user"),
            // FreeRADIUS writes the accounting and the login log; the sessions module reads and prunes them
            owned(SESSIONS, "radacct", "radpostauth", "nasreload", "radquota", "session_username", "session_nas",
                    "accounting_session", "usage_day", "accounting_cursor", "session_control", "quota_package",
                    "quota_subscriber", "quota_usage", "session_voucher", "voucher_login_cursor"),
            owned(SERVER, "revoked_session", "refresh_token", "subject_key", "master_key_check", "webhook",
                    "webhook_delivery"))
            .flatMap(tables -> tables.entrySet().stream())
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** A statement, not a message that happens to contain a table's name: a verb first, then a clause. */
    private static final Pattern STATEMENT = Pattern.compile(
            "(?is)\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|TRUNCATE|LOCK|MERGE|FROM|JOIN)\\b.*"
                    + "\\b(FROM|INTO|SET|TABLE|JOIN|VALUES|SEQUENCE|INDEX|nextval)\\b.*");
    private static final Map<String, Pattern> NAMED = OWNER.keySet().stream().collect(Collectors.toUnmodifiableMap(
            table -> table, table -> Pattern.compile("(?i)(?<![\\w.])" + table + "(?!\\w)")));

    private TableOwners() {
    }

    /** The tables a string names if it is SQL; none if it is not. */
    static List<String> namedIn(String text) {
        if (!STATEMENT.matcher(text).matches()) {
            return List.of();
        }
        return NAMED.entrySet().stream().filter(table -> table.getValue().matcher(text).find())
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static Map<String, String> owned(String module, String... tables) {
        return Stream.of(tables).collect(Collectors.toMap(table -> table, table -> module));
    }
}
