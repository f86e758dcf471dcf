package io.ispflow.server.ops;

import io.ispflow.eventstore.processor.TokenTable;
import io.ispflow.radius.RadiusDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The RADIUS database's token table, where the radius processor keeps its position. Only a process
 * with the radius role has a connection to that database; the others say so rather than guess.
 */
@Component
class RadiusTokenTable implements TokenTable {

    private final ObjectProvider<RadiusDatabase> radius;

    RadiusTokenTable(ObjectProvider<RadiusDatabase> radius) {
        this.radius = radius;
    }

    @Override
    public String database() {
        return "radius";
    }

    @Override
    public Optional<JdbcTemplate> jdbc() {
        return Optional.ofNullable(radius.getIfAvailable()).map(RadiusDatabase::jdbcTemplate);
    }
}
