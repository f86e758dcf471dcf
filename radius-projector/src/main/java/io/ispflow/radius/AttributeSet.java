package io.ispflow.radius;

import java.util.ArrayList;
import java.util.List;

/** The attributes a user or a group is given; an optional term that is not set adds no row. */
public final class AttributeSet {

    /** One row of a check or reply table, its owner aside. */
    public record Item(RadiusAttribute attribute, String value) {
    }

    private final List<Item> items = new ArrayList<>();

    /** Adds the attribute with the value's text, or nothing when the value is null. */
    public AttributeSet with(RadiusAttribute attribute, Object value) {
        if (value != null) {
            items.add(new Item(attribute, value.toString()));
        }
        return this;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }
}
