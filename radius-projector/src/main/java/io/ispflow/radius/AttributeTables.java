package io.ispflow.radius;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A pair of FreeRADIUS check and reply tables, for users (radcheck, radreply) or for groups
 * (radgroupcheck, radgroupreply). Writes go through the RADIUS JdbcTemplate, so they join the
 * transaction that also stores the processor's token.
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

    public static AttributeTables users(RadiusDatabase radius) {
        return new AttributeTables(radius.jdbcTemplate(), "radcheck", "radreply", "username");
    }

    public static AttributeTables groups(RadiusDatabase radius) {
        return new AttributeTables(radius.jdbcTemplate(), "radgroupcheck", "radgroupreply", "groupname");
    }

    /** Makes {@code attributes} the owner's whole set: idempotent, so safe to replay. */
    public void replace(String owner, AttributeSet attributes) {
        jdbc.update("DELETE FROM " + checkTable + " WHERE " + ownerColumn + " = ?", owner);
        jdbc.update("DELETE FROM " + replyTable + " WHERE " + ownerColumn + " = ?", owner);
        for (AttributeSet.Item item : attributes.items()) {
            RadiusAttribute attribute = item.attribute();
            String table = attribute.kind() == RadiusAttribute.Kind.CHECK ? checkTable : replyTable;
            jdbc.update("INSERT INTO " + table + " (" + ownerColumn + ", attribute, op, value) VALUES (?, ?, ?, ?)",
                    owner, attribute.dictionaryName(), attribute.op(), item.value());
        }
    }
}
