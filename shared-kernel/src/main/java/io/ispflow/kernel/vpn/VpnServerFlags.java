package io.ispflow.kernel.vpn;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ispflow.kernel.InvalidValueException;

import java.util.List;

/**
 * What a tenant decides about a VPN server: whether routers may be given it ({@code enabled}), whether it is kept
 * however long it is silent ({@code static}), and its tags: at most {@value #MAX_TAGS}, each 1 to 32 letters, digits,
 * dots, dashes or underscores, without repeats.
 */
public record VpnServerFlags(boolean enabled, @JsonProperty("static") boolean isStatic, List<String> tags) {

    public static final int MAX_TAGS = 16;
    /** A server the agent registered: enabled, not static, untagged. */
    public static final VpnServerFlags REGISTERED = new VpnServerFlags(true, false, List.of());

    public VpnServerFlags {
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (tags.size() > MAX_TAGS || tags.stream().distinct().count() != tags.size()) {
            throw new InvalidValueException("flags.tags", "flags.tags holds at most " + MAX_TAGS + " different tags");
        }
        if (!tags.stream().allMatch(tag -> tag.matches("[A-Za-z0-9._-]{1,32}"))) {
            throw new InvalidValueException("flags.tags", "a tag is 1 to 32 letters, digits, dots, dashes or underscores");
        }
    }
}
