package io.ispflow.kernel.privacy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Seals a subject's personal data and secrets for its events, and opens them again while the
 * subject's key exists. A value is sealed as its JSON with the subject's data key, the subject's id
 * as associated data, so a sealed value cannot be moved onto another subject. Forgetting a subject
 * destroys its key: from then on every value of it, legacy clear ones too, opens as empty.
 */
public final class PersonalDataVault {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SubjectKeys keys;

    public PersonalDataVault(SubjectKeys keys) {
        this.keys = keys;
    }

    public SealedValue seal(UUID subject, Object value) {
        return seal(keys.keyFor(subject), MasterKey.subjectBytes(subject), value);
    }

    /** Seals many values of one subject, in order, with its key looked up once (a voucher batch's codes). */
    public List<SealedValue> sealAll(UUID subject, List<?> values) {
        SecretKey key = keys.keyFor(subject);
        byte[] associated = MasterKey.subjectBytes(subject);
        return values.stream().map(value -> seal(key, associated, value)).toList();
    }

    private static SealedValue seal(SecretKey key, byte[] associatedData, Object value) {
        byte[] sealed = AesGcm.encrypt(key, JSON.writeValueAsBytes(value), associatedData);
        return new SealedValue(SealedValue.SEALED + Base64.getEncoder().encodeToString(sealed));
    }

    /**
     * The value, or empty once the subject is forgotten.
     *
     * @throws SealBrokenException when the value was sealed for another subject, or tampered with
     */
    public <T> Optional<T> open(UUID subject, SealedValue sealed, Class<T> type) {
        return openJson(subject, sealed).map(json -> JSON.readValue(json, type));
    }

    /** The value as a JSON tree, as auditors see it; empty once the subject is forgotten. */
    public Optional<JsonNode> openTree(UUID subject, SealedValue sealed) {
        return openJson(subject, sealed).map(JSON::readTree);
    }

    /** Runs {@code work}, which opens values of {@code subjects}, with their keys read in one go. */
    public <T> T withKeysOf(Collection<UUID> subjects, Supplier<T> work) {
        return keys.withKeysOf(subjects, work);
    }

    public void forget(UUID subject, Instant at) {
        keys.destroy(subject, at);
    }

    public boolean forgotten(UUID subject) {
        return keys.destroyed(subject);
    }

    private Optional<String> openJson(UUID subject, SealedValue sealed) {
        if (sealed.isLegacy()) {
            return keys.destroyed(subject) ? Optional.empty() : Optional.of(sealed.body());
        }
        return keys.find(subject).map(key -> new String(AesGcm.decrypt(key, Base64.getDecoder().decode(sealed.body()),
                MasterKey.subjectBytes(subject)), StandardCharsets.UTF_8));
    }
}
