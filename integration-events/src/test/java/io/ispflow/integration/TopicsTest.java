package io.ispflow.integration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Topic names are part of the public contract (docs/integration-events.md). */
class TopicsTest {

    @Test
    void eachAggregateTypeHasItsTopicUnderThePrefix() {
        Topics topics = new Topics("isp-a.");

        assertThat(topics.of("Subscriber")).isEqualTo("isp-a.subscribers");
        assertThat(topics.of("ServicePackage")).isEqualTo("isp-a.packages");
        assertThat(topics.of("Router")).isEqualTo("isp-a.routers");
        assertThat(topics.of("Tenant")).isEqualTo("isp-a.tenants");
        assertThat(topics.of("Operator")).isEqualTo("isp-a.operators");
        assertThat(topics.of("VoucherBatch")).isEqualTo("isp-a.voucher-batches");
        assertThat(topics.of("Voucher")).isEqualTo("isp-a.vouchers");
        assertThat(topics.of("VpnServer")).isEqualTo("isp-a.vpn-servers");
        assertThat(topics.of("AgentKey")).isEqualTo("isp-a.vpn-agent-keys");
        assertThat(topics.of("Webhook")).isEqualTo("isp-a.webhooks");
        assertThat(topics.all()).containsExactly("isp-a.operators", "isp-a.packages", "isp-a.routers",
                "isp-a.subscribers", "isp-a.tenants", "isp-a.voucher-batches", "isp-a.vouchers", "isp-a.vpn-agent-keys",
                "isp-a.vpn-servers", "isp-a.webhooks");
    }

    @Test
    void anAggregateTypeWithoutATopicStopsThePublisherInsteadOfLosingItsEvents() {
        assertThatThrownBy(() -> new Topics("ispflow.").of("Invoice"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Invoice");
    }
}
