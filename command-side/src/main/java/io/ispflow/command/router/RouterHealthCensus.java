package io.ispflow.command.router;

import io.ispflow.kernel.router.RouterHealth;
import org.springframework.stereotype.Component;

import java.util.Map;

/** How many routers in service are in each health, installation-wide, from the rows the sweeper keeps: for the metrics. */
@Component
public class RouterHealthCensus {

    private final RouterHealthRows rows;

    RouterHealthCensus(RouterHealthRows rows) {
        this.rows = rows;
    }

    /** Every health, zero or not. */
    public Map<RouterHealth, Long> count() {
        return rows.countByHealth();
    }
}
