package io.ispflow.server.axon;

import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageUpdated;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Package events recorded before quotas (shared-kernel's revision 1 files) read as revision 2 terms without a quota. */
class PackageQuotaUpcastersTest {

    final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void aPackageCreatedOfRevision1HasNoQuota() throws IOException {
        PackageCreated created = upcast(PackageCreated.class, "PackageCreated.json",
                new PackageQuotaUpcasters().packageCreatedWithoutQuota());

        assertThat(created.terms().name()).isEqualTo("Home 20");
        assertThat(created.terms().dataQuotaMb()).isNull();
        assertThat(created.terms().fairUsageRate()).isNull();
    }

    @Test
    void aPackageUpdatedOfRevision1HasNoQuota() throws IOException {
        PackageUpdated updated = upcast(PackageUpdated.class, "PackageUpdated.json",
                new PackageQuotaUpcasters().packageUpdatedWithoutQuota());

        assertThat(updated.terms().name()).isEqualTo("Home 30");
        assertThat(updated.terms().dataQuotaMb()).isNull();
    }

    private <T> T upcast(Class<T> type, String file, EventUpcaster upcaster) throws IOException {
        byte[] payload = Files.readAllBytes(ClearToSealedUpcasterTest.RECORDED.resolve(file));
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("ServicePackage", UUID.randomUUID().toString(),
                0, UUID.randomUUID().toString(), Instant.now(), type.getName(), null, payload, "{}".getBytes());
        IntermediateEventRepresentation read = upcaster.upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                                                       .findFirst().orElseThrow();
        assertThat(read.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(read.getData(byte[].class));
    }
}
