package io.ispflow.eventstore.processor;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The application database's token table, where the read model's processor keeps its position; every process has it. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApplicationTokenTable implements TokenTable {

    private final JdbcTemplate jdbc;

    ApplicationTokenTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String database() {
        return "application";
    }

    @Override
    public Optional<JdbcTemplate> jdbc() {
        return Optional.of(jdbc);
    }
}
