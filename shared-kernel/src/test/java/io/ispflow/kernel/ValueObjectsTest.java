package io.ispflow.kernel;

import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.router.RegisterRouter;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.UpdateContact;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.tenant.TenantProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Value objects validate themselves, so an invalid one cannot exist. */
class ValueObjectsTest {

    @Test
    void usernamesAreLowerCasedAndTrimmed() {
        assertThat(new Username("  Alice.M@Home ").value()).isEqualTo("alice.m@home");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "john doe", "alice+1", "ali'ce", "élodie", ""})
    void usernamesOutsideTheSafeAlphabetOrLengthAreRefused(String username) {
        assertThatThrownBy(() -> new Username(username)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("username");
    }

    @Test
    void aUsernameMayHave64CharactersButNotMore() {
        assertThat(new Username("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new Username("a".repeat(65))).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "tab\tinside", "naïve-password", ""})
    void passwordsMustBe6To64PrintableAsciiCharacters(String password) {
        assertThatThrownBy(() -> new RadiusPassword(password)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aWireGuardKeyIsWhatWgPubkeyPrints() {
        assertThat(WireGuardKey.of("gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA=").value())
                .isEqualTo("gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA=");
    }

    /** Short, long, unpadded, URL-safe, a non-canonical last digit, whitespace, hex, and two keys at once. */
    @ParameterizedTest
    @ValueSource(strings = {"gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6E=", "gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EAA=",
            "gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA", "gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6E_=",
            "gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EB=", " gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA=",
            "80de790642...", "gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA=\nPublicKey = x", ""})
    void anythingElseIsNoWireGuardKey(String text) {
        assertThatThrownBy(() -> WireGuardKey.of(text)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("publicKey");
    }

    @Test
    void aPasswordNeverPrintsItself() {
        assertThat(new RadiusPassword("s3cret-pass")).hasToString("***");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0", "10.0.0.256", "10.0.0.01", "10.0.0.1.2", "a.b.c.d", " ", "10..0.1"})
    void onlyStrictDottedQuadsAreAddresses(String text) {
        assertThatThrownBy(() -> Ipv4Address.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anAddressReadsBackAsWritten() {
        assertThat(Ipv4Address.parse("203.0.113.255")).hasToString("203.0.113.255");
        assertThat(Ipv4Address.parse("255.255.255.255").bits()).isEqualTo(-1);
    }

    @Test
    void aPageBeyondWhatTheDatabaseCanSkipToIsRefused() {
        assertThat(new PageRequest(Integer.MAX_VALUE / 500, 500).offset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> new PageRequest(Integer.MAX_VALUE, 50)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("page");
    }

    @Test
    void theMikrotikRateIsSeenFromTheRouterSoUploadComesFirst() {
        assertThat(new RateLimit(20_000, 5_000).mikrotikRateLimit()).isEqualTo("5M/20M");
        assertThat(new RateLimit(1_500, 512).mikrotikRateLimit()).isEqualTo("512k/1500k");
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> new RateLimit(0, 1000)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("downloadKbps");
    }

    @Test
    void blankContactDetailsAreAbsent() {
        assertThat(new Contact(" ", "", null, "  ")).isEqualTo(Contact.NONE);
    }

    @Test
    void newTextHoldsNoControlCharacterThoughAnOlderEventsStillReads() {
        RouterDetails older = new RouterDetails("core-1", "Main\u0000street", null);
        TenantId tenant = TenantId.of(UUID.randomUUID());

        assertThatThrownBy(older::storable).isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("site");
        assertThatThrownBy(() -> new RegisterRouter(RouterId.random(), tenant, older)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UpdateContact(SubscriberId.random(), tenant, new Contact("Ann\u001bLee", null, null, null)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("fullName");
        assertThatThrownBy(() -> new TenantProfile("Lake\u0000side", "lakeside", "LKS").storable())
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
    }

    @Test
    void storableTextIsStrippedAndBlankIsNone() {
        assertThat(new RouterDetails("core-1", "  Main street ", " ").storable()).isEqualTo(new RouterDetails("core-1", "Main street", null));
        assertThat(new Contact(null, null, null, "1 Lake Road\nLakeside").storable().address()).isEqualTo("1 Lake Road\nLakeside");
    }
}
