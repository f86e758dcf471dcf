package io.ispflow.command.webhook;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.InMemorySubjectKeys;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.webhook.IpNetwork;
import io.ispflow.kernel.webhook.RegisterWebhook;
import io.ispflow.kernel.webhook.RemoveWebhook;
import io.ispflow.kernel.webhook.WebhookId;
import io.ispflow.kernel.webhook.WebhookRegistered;
import io.ispflow.kernel.webhook.WebhookRemoved;
import io.ispflow.kernel.webhook.WebhookSecret;
import io.ispflow.kernel.webhook.WebhookTargets;
import io.ispflow.kernel.webhook.WebhookUrl;
import io.ispflow.kernel.webhook.WebhookUrlRefusedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.ispflow.command.SealedEvents.clear;
import static io.ispflow.command.SealedEvents.sealedAs;
import static io.ispflow.kernel.webhook.NotificationType.QUOTA_EXHAUSTED;
import static io.ispflow.kernel.webhook.NotificationType.ROUTER_OFFLINE;
import static io.ispflow.kernel.webhook.NotificationType.ROUTER_ONLINE;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

class WebhookTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final TenantId OTHER_TENANT = TenantId.of(UUID.randomUUID());
    static final WebhookId SMS_GATEWAY = WebhookId.random();
    static final WebhookUrl PUBLIC_URL = WebhookUrl.of("https://sms.gateway.example/ispflow");
    static final String SECRET = "a-long-shared-secret-0123";

    AggregateTestFixture<Webhook> fixture;
    PersonalDataVault vault = new PersonalDataVault(new InMemorySubjectKeys());

    /** sms.gateway.example is public; internal.example resolves to the metadata service. */
    static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "sms.gateway.example" -> new InetAddress[]{InetAddress.getByName("203.0.113.10")};
            case "internal.example" -> new InetAddress[]{InetAddress.getByName("169.254.169.254")};
            default -> throw new UnknownHostException(host);
        };
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Webhook.class);
        fixture.registerInjectableResource(new WebhookTargets(false, List.<IpNetwork>of(), WebhookTest::resolve));
        fixture.registerInjectableResource(vault);
    }

    static WebhookRegistered registered() {
        return new WebhookRegistered(SMS_GATEWAY, TENANT, PUBLIC_URL, List.of(ROUTER_OFFLINE, ROUTER_ONLINE), clear(SECRET));
    }

    @Test
    void aRegisteredWebhookKeepsItsSecretSealedAndItsEventsInTheEnumsOrder() {
        fixture.givenNoPriorActivity()
               .when(new RegisterWebhook(SMS_GATEWAY, TENANT, PUBLIC_URL, Set.of(ROUTER_ONLINE, ROUTER_OFFLINE),
                       new WebhookSecret(SECRET)))
               .expectEventsMatching(sealedAs(vault, registered()));
    }

    @Test
    void theSecretIsNotInTheEventInClear() {
        fixture.givenNoPriorActivity()
               .when(new RegisterWebhook(SMS_GATEWAY, TENANT, PUBLIC_URL, Set.of(QUOTA_EXHAUSTED), new WebhookSecret(SECRET)))
               .expectEventsMatching(payloadsMatching(
                       exactSequenceOf(
                               predicate((WebhookRegistered e) ->
                                       e.secret().text().startsWith("aesgcm1:") && !e.secret().text().contains(SECRET)),
                               andNoMore())));
    }

    @Test
    void aUrlThatResolvesToTheMetadataServiceIsRefusedAndRecordsNothing() {
        fixture.givenNoPriorActivity()
               .when(new RegisterWebhook(SMS_GATEWAY, TENANT, WebhookUrl.of("https://internal.example/hook"),
                       Set.of(ROUTER_OFFLINE), new WebhookSecret(SECRET)))
               .expectException(WebhookUrlRefusedException.class)
               .expectNoEvents();
    }

    @Test
    void plainHttpIsRefusedWhereHttpsIsRequired() {
        fixture.givenNoPriorActivity()
               .when(new RegisterWebhook(SMS_GATEWAY, TENANT, WebhookUrl.of("http://sms.gateway.example/ispflow"),
                       Set.of(ROUTER_OFFLINE), new WebhookSecret(SECRET)))
               .expectException(WebhookUrlRefusedException.class)
               .expectNoEvents();
    }

    @Test
    void aWebhookWithoutEventsIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterWebhook(SMS_GATEWAY, TENANT, PUBLIC_URL, Set.of(), new WebhookSecret(SECRET)))
               .expectException(InvalidValueException.class)
               .expectNoEvents();
    }

    @Test
    void removingStopsTheWebhookOnce() {
        fixture.given(registered())
               .when(new RemoveWebhook(SMS_GATEWAY, TENANT))
               .expectEvents(new WebhookRemoved(SMS_GATEWAY, TENANT));
    }

    @Test
    void removingTwiceRecordsNothingMore() {
        fixture.given(registered(), new WebhookRemoved(SMS_GATEWAY, TENANT))
               .when(new RemoveWebhook(SMS_GATEWAY, TENANT))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anotherTenantsWebhookIsNotFound() {
        fixture.given(registered())
               .when(new RemoveWebhook(SMS_GATEWAY, OTHER_TENANT))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }
}
