package io.ispflow.radius;

import io.ispflow.kernel.subscriber.SubscriberEvent;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.voucher.VoucherEvent;
import io.ispflow.kernel.voucher.VoucherIssued;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a batch of events does to the users' rows (radcheck, radreply, radusergroup, radius_user), kept
 * in memory and written by {@link #write()} with a few statements for the whole batch. A user is a subscriber's or
 * a voucher's: its owner's id (a subscriber id or a voucher id, both random UUIDs) maps to its username in
 * radius_user, as later events name the owner, not the username. Each change has
 * the meaning its single statements would have (a put replaces every row of the attribute, a
 * replace every row of the user), so writing the batch's net change gives the rows that writing each
 * event at once would give, whatever the tables held before.
 */
public final class UserRowChanges {

    private static final List<String> ATTRIBUTE_COLUMNS = List.of("username", "attribute", "op", "value");

    /** A user's net change: whether every earlier row goes, then each attribute set (a value) or removed (null). */
    private static final class UserChange {
        boolean cleared;
        final Map<RadiusAttribute, String> attributes = new EnumMap<>(RadiusAttribute.class);
        boolean groupChanged;
        String group;
    }

    private final BulkSql bulk;
    private final RadiusTables tables;
    private final Map<String, UserChange> users = new LinkedHashMap<>();
    /** Each owner's username as the batch leaves it (null: none), read from radius_user or set by the batch. */
    private final Map<UUID, String> usernames = new HashMap<>();
    private final Map<UUID, String> changedUsernames = new LinkedHashMap<>();

    private UserRowChanges(RadiusDatabase radius, RadiusTables tables) {
        this.bulk = new BulkSql(radius);
        this.tables = tables;
    }

    /**
     * The changes of the unit of work being handled (a batch, or one event handled on its own), shared by the
     * subscribers' and the vouchers' projectors and written when it commits; they start by reading the usernames of
     * every owner the batch names, but for new vouchers, which have none yet.
     */
    public static UserRowChanges ofCurrentBatch(RadiusDatabase radius, RadiusTables tables) {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("RADIUS users are projected in a unit of work, whose commit writes them");
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get();
        return batch.getOrComputeResource(UserRowChanges.class.getName() + tables.suffix(), key -> {
            UserRowChanges rows = new UserRowChanges(radius, tables);
            rows.readUsernames(ownersOf(batch));
            batch.onPrepareCommit(committing -> rows.write());
            return rows;
        });
    }

    private static List<UUID> ownersOf(UnitOfWork<?> batch) {
        List<? extends Message<?>> messages = batch instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : List.of(batch.getMessage());
        return messages.stream().map(Message::getPayload).<UUID>mapMulti((event, owners) -> {
            if (event instanceof SubscriberEvent subscriber) {
                owners.accept(subscriber.subscriberId().value());
            } else if (event instanceof VoucherEvent voucher && !(event instanceof VoucherIssued)) {
                owners.accept(voucher.voucherId().value());
            }
        }).toList();
    }

    /** Reads the usernames of these owners with one query, so the batch's events find them without one each. */
    private void readUsernames(Collection<UUID> owners) {
        List<UUID> unread = owners.stream().filter(id -> !usernames.containsKey(id)).distinct().toList();
        unread.forEach(id -> usernames.put(id, null));
        bulk.selectWhere("subscriber_id, username", tables.radiusUser(), "subscriber_id",
                unread.stream().map(UUID::toString).toList(),
                rs -> usernames.put(UUID.fromString(rs.getString(1)), rs.getString(2)));
    }

    /** Empty when the owner never got a RADIUS user (a forgotten subscriber) or no longer has one. */
    public Optional<String> username(UUID owner) {
        if (!usernames.containsKey(owner)) {
            readUsernames(Set.of(owner));
        }
        return Optional.ofNullable(usernames.get(owner));
    }

    public void remember(UUID owner, Username username) {
        usernames.put(owner, username.value());
        changedUsernames.put(owner, username.value());
    }

    public void forget(UUID owner) {
        usernames.put(owner, null);
        changedUsernames.put(owner, null);
    }

    /** Makes {@code attributes} the user's whole set of check and reply rows. */
    public void replace(String username, AttributeSet attributes) {
        removeAll(username);
        attributes.items().forEach(item -> put(username, item.attribute(), item.value()));
    }

    /** Gives the user this one attribute with this value, replacing any earlier value. */
    public void put(String username, RadiusAttribute attribute, String value) {
        user(username).attributes.put(attribute, value);
    }

    public void remove(String username, RadiusAttribute attribute) {
        user(username).attributes.put(attribute, null);
    }

    public void removeAll(String username) {
        UserChange user = user(username);
        user.cleared = true;
        user.attributes.clear();
    }

    /** Makes {@code group} the user's only group. */
    public void joinGroup(String username, String group) {
        UserChange user = user(username);
        user.groupChanged = true;
        user.group = group;
    }

    public void leaveGroups(String username) {
        joinGroup(username, null);
    }

    /** Writes the batch's net change in the caller's transaction, each table's deletes before its inserts. */
    private void write() {
        writeAttributes();
        writeGroups();
        writeUsernames();
        users.clear();
        changedUsernames.clear();
    }

    private void writeAttributes() {
        List<String> cleared = new ArrayList<>();
        Map<RadiusAttribute, List<String>> removed = new EnumMap<>(RadiusAttribute.class);
        Map<String, List<Object[]>> inserted = new HashMap<>();
        users.forEach((username, change) -> {
            if (change.cleared) {
                cleared.add(username);
            }
            change.attributes.forEach((attribute, value) -> {
                if (!change.cleared) {
                    removed.computeIfAbsent(attribute, a -> new ArrayList<>()).add(username);
                }
                if (value != null) {
                    inserted.computeIfAbsent(table(attribute), t -> new ArrayList<>())
                            .add(new Object[]{username, attribute.dictionaryName(), attribute.op(), value});
                }
            });
        });
        for (String table : List.of(tables.radcheck(), tables.radreply())) {
            bulk.deleteWhere(table, "username", cleared);
        }
        removed.forEach((attribute, usernames) ->
                bulk.deleteWhere(table(attribute), "attribute", attribute.dictionaryName(), "op", attribute.op(), "username",
                        usernames));
        for (String table : List.of(tables.radcheck(), tables.radreply())) {
            bulk.insert(table, ATTRIBUTE_COLUMNS, inserted.getOrDefault(table, List.of()));
        }
    }

    private void writeGroups() {
        List<String> regrouped = new ArrayList<>();
        List<Object[]> memberships = new ArrayList<>();
        users.forEach((username, change) -> {
            if (change.groupChanged) {
                regrouped.add(username);
                if (change.group != null) {
                    memberships.add(new Object[]{username, change.group, 1});
                }
            }
        });
        bulk.deleteWhere(tables.radusergroup(), "username", regrouped);
        bulk.insert(tables.radusergroup(), List.of("username", "groupname", "priority"), memberships);
    }

    private void writeUsernames() {
        bulk.deleteWhere(tables.radiusUser(), "subscriber_id",
                changedUsernames.keySet().stream().map(UUID::toString).toList());
        bulk.insert(tables.radiusUser(), List.of("subscriber_id", "username"), changedUsernames.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> new Object[]{entry.getKey().toString(), entry.getValue()}).toList());
    }

    private UserChange user(String username) {
        return users.computeIfAbsent(username, name -> new UserChange());
    }

    private String table(RadiusAttribute attribute) {
        return attribute.kind() == RadiusAttribute.Kind.CHECK ? tables.radcheck() : tables.radreply();
    }
}
