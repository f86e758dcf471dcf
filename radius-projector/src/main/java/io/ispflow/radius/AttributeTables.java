package io.ispflow.radius;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The FreeRADIUS check and reply tables of groups (radgroupcheck, radgroupreply), written a statement at
 * a time, as there are few packages (users' rows go through UserRowChanges). Writes go through the RADIUS
 * JdbcTemplate, so they join the transaction that also stores the processor's token.
 */
public final class AttributeTables {

    private final JdbcTemplate jdbc;
    private final String checkTable;
    private final String replyTable;
    private final String ownerColumn;

    private AttributeTables(JdbcTemplate jdbc, String checkTable, String replyTable, String ownerColumn) {
        this.jdbc = jdbc;
        this.checkTable = checkTable;
        this.replyTable = replyTable;
        this.ownerColumn = ownerColumn;
    }

    public static AttributeTables groups(RadiusDatabase radius, RadiusTables tables) {
        return new AttributeTables(radius.jdbcTemplate(), tables.radgroupcheck(), tables.radgroupreply(), "groupname");
    }

    /** Gives the owner this one attribute with this value, replacing any earlier value. */
    public void put(String owner, RadiusAttribute attribute, Object value) {
        remove(owner, attribute);
        insert(owner, attribute, value.toString());
    }

    public void remove(String owner, RadiusAttribute attribute) {
        jdbc.update("DELETE FROM " + table(attribute) + " WHERE " + ownerColumn + " = ? AND attribute = ?",
                owner, attribute.dictionaryName());
    }

    /** Makes {@code attributes} the owner's whole set: idempotent, so safe to replay. */
    public void replace(String owner, AttributeSet attributes) {
        removeAll(owner);
        for (AttributeSet.Item item : attributes.items()) {
            insert(owner, item.attribute(), item.value());
        }
    }

    /** Removes every check and reply row of the owner. */
    public void removeAll(String owner) {
        jdbc.update("DELETE FROM " + checkTable + " WHERE " + ownerColumn + " = ?", owner);
        jdbc.update("DELETE FROM " + replyTable + " WHERE " + ownerColumn + " = ?", owner);
    }

    private void insert(String owner, RadiusAttribute attribute, String value) {
        jdbc.update("INSERT INTO " + table(attribute) + " (" + ownerColumn + ", attribute, op, value) VALUES (?, ?, ?, ?)",
                owner, attribute.dictionaryName(), attribute.op(), value);
    }

    private String table(RadiusAttribute attribute) {
        return attribute.kind() == RadiusAttribute.Kind.CHECK ? checkTable : replyTable;
    }
}
