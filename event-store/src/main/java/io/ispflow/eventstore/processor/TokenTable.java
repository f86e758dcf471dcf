package io.ispflow.eventstore.processor;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/**
 * A {@code token_entry} table that tracking processors keep their positions in: the application
 * database's, or the one of a database a role brings (the RADIUS database's, with the radius role).
 */
public interface TokenTable {

    /** The database's name in reports, such as {@code application} or {@code radius}. */
    String database();

    /** Empty when this process has no connection to the database, because the role that brings it is off. */
    Optional<JdbcTemplate> jdbc();
}
