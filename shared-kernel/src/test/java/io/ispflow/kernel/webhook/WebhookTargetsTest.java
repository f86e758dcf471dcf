package io.ispflow.kernel.webhook;

import io.ispflow.kernel.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The attacker's addresses (server-side request forgery) against the check every webhook URL passes. */
class WebhookTargetsTest {

    static final WebhookTargets PRODUCTION = new WebhookTargets(false, List.of(), InetAddress::getAllByName);
    static final WebhookTargets TESTS = new WebhookTargets(true, List.of(IpNetwork.parse("127.0.0.0/8"),
            IpNetwork.parse("169.254.0.0/16")), InetAddress::getAllByName);

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook", "https://127.9.9.9/", "https://localhost/hook", "https://[::1]/",
            "https://169.254.169.254/latest/meta-data/", "https://[fd00:ec2::254]/", "https://[fe80::1]/",
            "https://10.0.0.1/", "https://172.16.5.4/", "https://192.168.88.1/", "https://100.64.0.1/",
            "https://0.0.0.0/", "https://[::]/", "https://224.0.0.1/", "https://255.255.255.255/", "https://[ff02::1]/",
            "https://[::ffff:127.0.0.1]/", "https://[::ffff:169.254.169.254]/", "https://[::ffff:a9fe:a9fe]/",
            "https://[64:ff9b::a9fe:a9fe]/", "https://[2002:7f00:1::]/", "https://[::127.0.0.1]/"})
    void internalAddressesAreRefused(String url) {
        assertThatThrownBy(() -> PRODUCTION.check(WebhookUrl.of(url))).isInstanceOf(WebhookUrlRefusedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://2130706433/", "https://0x7f000001/", "https://0177.0.0.1/", "https://127.1/",
            "https://0x7f.0.0.1/", "https://user:pass@example.com/", "https://good.example@127.0.0.1/",
            "ftp://example.com/", "file:///etc/passwd", "gopher://127.0.0.1:25/", "https:///nohost", "//example.com/",
            "https://example.com/#frag"})
    void numericTricksAndOtherSchemesAreNotUrlsAWebhookTakes(String url) {
        assertThatThrownBy(() -> WebhookUrl.of(url)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPublicAddressPasses() {
        assertThat(PRODUCTION.check(WebhookUrl.of("https://203.0.113.10/hook"))).hasSize(1);
    }

    @Test
    void plainHttpNeedsTheSetting() {
        assertThatThrownBy(() -> PRODUCTION.check(WebhookUrl.of("http://203.0.113.10/hook")))
                .isInstanceOf(WebhookUrlRefusedException.class).hasMessageContaining("https");
        assertThat(TESTS.check(WebhookUrl.of("http://203.0.113.10/hook"))).hasSize(1);
    }

    @Test
    void anAllowedNetworkLetsItsAddressesThrough() {
        assertThat(TESTS.check(WebhookUrl.of("http://127.0.0.1:8080/hook"))).hasSize(1);
        assertThat(TESTS.check(WebhookUrl.of("http://[::ffff:127.0.0.1]:8080/hook"))).hasSize(1);
    }

    @Test
    void theMetadataServiceIsRefusedEvenInsideAnAllowedNetwork() {
        assertThat(TESTS.check(WebhookUrl.of("http://169.254.1.1/"))).hasSize(1);
        assertThatThrownBy(() -> TESTS.check(WebhookUrl.of("http://169.254.169.254/latest/meta-data/")))
                .isInstanceOf(WebhookUrlRefusedException.class);
        assertThatThrownBy(() -> TESTS.check(WebhookUrl.of("http://[::ffff:169.254.169.254]/")))
                .isInstanceOf(WebhookUrlRefusedException.class);
    }

    @Test
    void aNameResolvingToOneInternalAddressAmongPublicOnesIsRefused() {
        WebhookTargets targets = new WebhookTargets(false, List.of(), host -> new InetAddress[]{
                InetAddress.getByName("203.0.113.10"), InetAddress.getByName("10.1.2.3")});
        assertThatThrownBy(() -> targets.check(WebhookUrl.of("https://rebinding.example/")))
                .isInstanceOf(WebhookUrlRefusedException.class);
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        WebhookTargets targets = new WebhookTargets(false, List.of(), host -> {
            throw new java.net.UnknownHostException(host);
        });
        assertThatThrownBy(() -> targets.check(WebhookUrl.of("https://nowhere.example/")))
                .isInstanceOf(WebhookUrlRefusedException.class);
    }
}
