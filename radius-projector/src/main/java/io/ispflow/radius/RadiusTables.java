package io.ispflow.radius;

import java.util.List;

/**
 * The names of one set of projected tables: the live ones FreeRADIUS reads, or a shadow set with a
 * suffix ({@code radcheck_rebuild}, ...) that the same projectors fill during a rebuild or a drift check.
 */
public record RadiusTables(String suffix) {

    /** The tables FreeRADIUS reads. */
    public static final RadiusTables LIVE = new RadiusTables("");

    /** Every table the projectors write, by its live name: what a rebuild replaces and a drift check compares. */
    public static final List<String> PROJECTED = List.of("radcheck", "radreply", "radusergroup", "radgroupcheck",
            "radgroupreply", "nas", "radius_user", "router_nas");

    public RadiusTables {
        if (!suffix.matches("(_[a-z]+)?")) {
            throw new IllegalArgumentException("a shadow suffix is an underscore and lower-case letters, not " + suffix);
        }
    }

    /** This set's name for the live table {@code liveName}. */
    public String name(String liveName) {
        if (!PROJECTED.contains(liveName)) {
            throw new IllegalArgumentException(liveName + " is not a projected table");
        }
        return liveName + suffix;
    }

    public String radcheck() {
        return name("radcheck");
    }

    public String radreply() {
        return name("radreply");
    }

    public String radusergroup() {
        return name("radusergroup");
    }

    public String radgroupcheck() {
        return name("radgroupcheck");
    }

    public String radgroupreply() {
        return name("radgroupreply");
    }

    public String nas() {
        return name("nas");
    }

    public String radiusUser() {
        return name("radius_user");
    }

    public String routerNas() {
        return name("router_nas");
    }
}
