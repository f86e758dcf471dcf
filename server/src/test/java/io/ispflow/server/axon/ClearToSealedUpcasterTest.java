package io.ispflow.server.axon;

import io.ispflow.kernel.privacy.InMemorySubjectKeys;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.SubscriberContactUpdated;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.subscriber.Username;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events recorded before revision 2 (shared-kernel's {@code events/<Event>.json}) read as revision 2,
 * their clear values in the legacy sealed form: they open as they were, and as erased once forgotten.
 */
class ClearToSealedUpcasterTest {

    static final Path RECORDED = Path.of("../shared-kernel/src/test/resources/events");
    static final UUID ALICE = UUID.fromString("00000000-0000-4000-8000-0000000000d1");
    static final UUID CORE = UUID.fromString("00000000-0000-4000-8000-0000000000c1");

    final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    final PersonalDataVault vault = new PersonalDataVault(new InMemorySubjectKeys());

    @Test
    void aSubscriberCreatedOfRevision1OpensToItsClearValues() throws IOException {
        SubscriberCreated created = upcast(SubscriberCreated.class, "SubscriberCreated.json", new SealingUpcasters().subscriberCreatedSealed());

        assertThat(created.accountNumber()).isEqualTo("ISP0000001");
        assertThat(vault.open(ALICE, created.username(), Username.class)).contains(new Username("alice"));
        assertThat(vault.open(ALICE, created.password(), RadiusPassword.class)).contains(new RadiusPassword("s3cret-pass"));
        assertThat(vault.open(ALICE, created.contact(), Contact.class))
                .contains(new Contact("Alice Mwangi", "+254 700 000001", "alice@example.net", "12 Harbour Road"));
    }

    @Test
    void onceTheSubscriberIsForgottenItsOldClearValuesReadAsErased() throws IOException {
        SubscriberCreated created = upcast(SubscriberCreated.class, "SubscriberCreated.json", new SealingUpcasters().subscriberCreatedSealed());

        vault.forget(ALICE, Instant.parse("2027-02-01T09:30:00Z"));

        assertThat(vault.open(ALICE, created.username(), Username.class)).isEmpty();
        assertThat(vault.open(ALICE, created.contact(), Contact.class)).isEmpty();
    }

    @Test
    void aPasswordChangeAndAContactUpdateOfRevision1Open() throws IOException {
        SubscriberPasswordChanged changed = upcast(SubscriberPasswordChanged.class, "SubscriberPasswordChanged.json",
                new SealingUpcasters().subscriberPasswordChangedSealed());
        SubscriberContactUpdated updated = upcast(SubscriberContactUpdated.class, "SubscriberContactUpdated.json",
                new SealingUpcasters().subscriberContactUpdatedSealed());

        assertThat(vault.open(ALICE, changed.password(), RadiusPassword.class)).contains(new RadiusPassword("n3w-secret"));
        assertThat(vault.open(ALICE, updated.contact(), Contact.class)).contains(new Contact("Alice Mwangi", null, null, null));
    }

    @Test
    void aRoutersSecretsOfRevision1Open() throws IOException {
        RouterRegistered registered = upcast(RouterRegistered.class, "RouterRegistered.json",
                new SealingUpcasters().routerRegisteredSealed());
        RouterSecretRotated rotated = upcast(RouterSecretRotated.class, "RouterSecretRotated.json",
                new SealingUpcasters().routerSecretRotatedSealed());

        assertThat(vault.open(CORE, registered.radiusSecret(), String.class)).contains("Q3x9mKp2Lr8sVt4wYz7bNc1d");
        assertThat(vault.open(CORE, registered.apiToken(), String.class)).contains("T0k3nT0k3nT0k3nT0k3nT0k3nT0k3nT0k3nT0k3n");
        assertThat(vault.open(CORE, rotated.radiusSecret(), String.class)).contains("N3wS3cr3tN3wS3cr3tN3wS3c");
    }

    @Test
    void anEventOfRevision2IsLeftAsItIs() throws IOException {
        SubscriberCreated created = upcast(SubscriberCreated.class, "SubscriberCreated-r2.json", "2",
                new SealingUpcasters().subscriberCreatedSealed());

        assertThat(created.username().text()).isEqualTo("aesgcm1:VXNlcm5hbWVVc2VybmFtZQ==");
    }

    private <T> T upcast(Class<T> type, String file, EventUpcaster upcaster)
            throws IOException {
        return upcast(type, file, null, upcaster);
    }

    private <T> T upcast(Class<T> type, String file, String revision,
                         EventUpcaster upcaster) throws IOException {
        byte[] payload = Files.readAllBytes(RECORDED.resolve(file));
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Subscriber", ALICE.toString(), 0,
                UUID.randomUUID().toString(), Instant.now(), type.getName(), revision, payload, "{}".getBytes());
        IntermediateEventRepresentation read = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .findFirst().orElseThrow();
        assertThat(read.getType().getRevision()).isEqualTo("2");
        SerializedObject<byte[]> data = read.getData(byte[].class);
        return serializer.deserialize(data);
    }
}
