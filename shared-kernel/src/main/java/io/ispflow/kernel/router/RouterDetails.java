package io.ispflow.kernel.router;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.InvalidValueException;

/**
 * How operators name and place a router; none of it reaches RADIUS but the name (the NAS short name)
 * and the description, or else the site (the nas row's description). The constructor holds what every
 * stored event's details meet; {@link #storable()} is what new details must meet, and the router
 * commands hold theirs to it.
 */
public record RouterDetails(String name, String site, String description) {

    public RouterDetails {
        if (name == null || !name.strip().matches("[A-Za-z0-9._-]{1,32}")) {
            throw new InvalidValueException("name", "name must be 1 to 32 of A-Z a-z 0-9 . _ - (it becomes the NAS short name)");
        }
        name = name.strip();
        if (site != null && site.length() > 100) {
            throw new InvalidValueException("site", "site must be at most 100 characters");
        }
        if (description != null && description.length() > 200) {
            throw new InvalidValueException("description", "description must be at most 200 characters");
        }
    }

    /** These details stripped, when they hold no control character (the description may break lines). */
    public RouterDetails storable() {
        return new RouterDetails(name, FreeText.optionalLine("site", site, 100), FreeText.optionalLines("description", description, 200));
    }
}
