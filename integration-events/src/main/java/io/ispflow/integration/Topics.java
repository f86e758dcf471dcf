package io.ispflow.integration;

import java.util.List;
import java.util.Map;

/** One topic per kind of aggregate, so a consumer subscribes to what it cares about. */
public final class Topics {

    private static final Map<String, String> BY_AGGREGATE_TYPE = Map.of(
            "Subscriber", "subscribers",
            "ServicePackage", "packages",
            "Router", "routers",
            "Tenant", "tenants",
            "Operator", "operators",
            "VoucherBatch", "voucher-batches",
            "Voucher", "vouchers",
            "VpnServer", "vpn-servers",
            "AgentKey", "vpn-agent-keys",
            "Webhook", "webhooks");

    private final String prefix;

    public Topics(String prefix) {
        this.prefix = prefix;
    }

    /** The topic of an aggregate type's events; an unknown type stops the publisher rather than lose its events. */
    public String of(String aggregateType) {
        String name = BY_AGGREGATE_TYPE.get(aggregateType);
        if (name == null) {
            throw new IllegalStateException("no integration topic for aggregate type '" + aggregateType + "'");
        }
        return prefix + name;
    }

    public List<String> all() {
        return BY_AGGREGATE_TYPE.values().stream().sorted().map(name -> prefix + name).toList();
    }
}
