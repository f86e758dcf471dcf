package io.ispflow.kernel.privacy;

import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.Username;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A subject's values open with its key only, and never again once it is forgotten. */
class PersonalDataVaultTest {

    static final UUID ALICE = UUID.fromString("00000000-0000-4000-8000-0000000000d1");
    static final UUID BOB = UUID.fromString("00000000-0000-4000-8000-0000000000d2");
    static final Contact CONTACT = new Contact("Alice Mwangi", "+254 700 000001", "alice@example.net", "12 Harbour Road");

    final PersonalDataVault vault = new PersonalDataVault(new InMemorySubjectKeys());

    @Test
    void aSealedValueOpensToWhatWasSealed() {
        SealedValue sealed = vault.seal(ALICE, CONTACT);

        assertThat(vault.open(ALICE, sealed, Contact.class)).contains(CONTACT);
        assertThat(vault.open(ALICE, vault.seal(ALICE, new Username("alice")), Username.class))
                .contains(new Username("alice"));
    }

    @Test
    void aSealedValueHoldsNothingReadableAndNeverPrintsItself() {
        SealedValue sealed = vault.seal(ALICE, CONTACT);

        assertThat(sealed.text()).startsWith("aesgcm1:").doesNotContain("Alice", "Harbour", "example.net");
        assertThat(sealed).hasToString("***");
    }

    @Test
    void anotherSubjectsValueDoesNotOpen() {
        vault.seal(BOB, "bob's first value");
        SealedValue alices = vault.seal(ALICE, CONTACT);

        assertThatThrownBy(() -> vault.open(BOB, alices, Contact.class)).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void aForgottenSubjectsValuesOpenAsEmpty() {
        SealedValue sealed = vault.seal(ALICE, CONTACT);

        vault.forget(ALICE, Instant.parse("2027-02-01T09:30:00Z"));

        assertThat(vault.open(ALICE, sealed, Contact.class)).isEmpty();
        assertThat(vault.openTree(ALICE, sealed)).isEmpty();
        assertThat(vault.forgotten(ALICE)).isTrue();
    }

    @Test
    void aLegacyClearValueOpensUntilItsSubjectIsForgotten() {
        SealedValue legacy = SealedValue.legacy("\"alice\"");

        assertThat(vault.open(ALICE, legacy, Username.class)).contains(new Username("alice"));
        vault.forget(ALICE, Instant.parse("2027-02-01T09:30:00Z"));
        assertThat(vault.open(ALICE, legacy, Username.class)).isEmpty();
    }

    @Test
    void forgettingOneSubjectLeavesTheOthers() {
        SealedValue bobs = vault.seal(BOB, "bob");
        vault.seal(ALICE, "alice");

        vault.forget(ALICE, Instant.parse("2027-02-01T09:30:00Z"));

        assertThat(vault.open(BOB, bobs, String.class)).contains("bob");
    }

    @Test
    void aWrappedDataKeyIsUselessWithoutItsMasterKey() {
        MasterKey master = MasterKey.fromBase64(MasterKey.generate());
        MasterKey another = MasterKey.fromBase64(MasterKey.generate());
        SecretKey dataKey = SubjectKeys.newDataKey();
        byte[] wrapped = master.wrap(ALICE, dataKey);

        assertThat(master.unwrap(ALICE, wrapped).getEncoded()).isEqualTo(dataKey.getEncoded());
        assertThatThrownBy(() -> another.unwrap(ALICE, wrapped)).isInstanceOf(SealBrokenException.class);
        assertThatThrownBy(() -> master.unwrap(BOB, wrapped)).isInstanceOf(SealBrokenException.class);
    }
}
