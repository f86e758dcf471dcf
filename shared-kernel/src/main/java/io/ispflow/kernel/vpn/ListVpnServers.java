package io.ispflow.kernel.vpn;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;

/**
 * Answers a {@link VpnServerList}; each filter may be null: {@code status}, {@code countryCode} (two capital letters)
 * and {@code service} (servers that report that service active).
 */
public record ListVpnServers(TenantId tenantId, VpnServerStatus status, String countryCode, String service, PageRequest page) {

    public ListVpnServers {
        if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
            throw new InvalidValueException("countryCode", "countryCode is two capital letters");
        }
        if (service != null && !service.matches("[A-Za-z0-9@._:-]{1,64}")) {
            throw new InvalidValueException("service", "service is 1 to 64 letters, digits, @ . _ : -");
        }
    }
}
