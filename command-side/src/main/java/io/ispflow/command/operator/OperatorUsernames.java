package io.ispflow.command.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.operator.OperatorUsernameTakenException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Operators sign in by username alone, so a username is claimed once across the installation. */
@Component
public class OperatorUsernames {

    private final JdbcTemplate jdbc;

    OperatorUsernames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void claim(String username, OperatorId operatorId) {
        int claimed = jdbc.update("""
                INSERT INTO operator_username_claim (username, operator_id) VALUES (?, ?)
                ON CONFLICT (username) DO NOTHING""", username, operatorId.value());
        if (claimed == 0) {
            throw new OperatorUsernameTakenException(username);
        }
    }
}
