package io.ispflow.kernel.router;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.InvalidValueException;

/**
 * How operators name and place a router; none of it reaches RADIUS but the name (the NAS short name)
 * and the description, or else the site (the nas row's description, 200 characters on MariaDB).
 */
public record RouterDetails(String name, String site, String description) {

    public RouterDetails {
        if (name == null || !name.strip().matches("[A-Za-z0-9._-]{1,32}")) {
            throw new InvalidValueException("name", "name must be 1 to 32 of A-Z a-z 0-9 . _ - (it becomes the NAS short name)");
        }
        name = name.strip();
        site = FreeText.optionalLine("site", site, 100);
        description = FreeText.optionalLines("description", description, 200);
    }
}
