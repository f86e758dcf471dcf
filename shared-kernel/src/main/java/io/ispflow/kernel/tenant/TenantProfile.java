package io.ispflow.kernel.tenant;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.InvalidValueException;

/**
 * How a tenant is named: {@code slug} in URLs and logs, {@code accountPrefix} before each of its
 * subscribers' account numbers. The constructor holds what every stored profile meets;
 * {@link #storable()} is what a new one must meet, and CreateTenant holds its own to it.
 */
public record TenantProfile(String name, String slug, String accountPrefix) {

    public TenantProfile {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidValueException("name", "name must be 1 to 200 characters");
        }
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            throw new InvalidValueException("slug", "slug must be 2 to 63 of a-z 0-9 -, starting with a letter or digit");
        }
        if (accountPrefix == null || !accountPrefix.matches("[A-Z]{2,8}")) {
            throw new InvalidValueException("accountPrefix", "accountPrefix must be 2 to 8 capital letters");
        }
        name = name.strip();
    }

    /** This profile, when its name is one line without control characters. */
    public TenantProfile storable() {
        return new TenantProfile(FreeText.requiredLine("name", name, 200), slug, accountPrefix);
    }
}
