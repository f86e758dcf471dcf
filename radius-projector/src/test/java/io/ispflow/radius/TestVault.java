package io.ispflow.radius;

import io.ispflow.kernel.privacy.InMemorySubjectKeys;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;

import java.util.UUID;

/** The vault of the projector tests: events are sealed as the command side seals them, keys held in memory. */
public final class TestVault {

    public static final PersonalDataVault VAULT = new PersonalDataVault(new InMemorySubjectKeys());

    private TestVault() {
    }

    public static SealedValue sealed(UUID subject, Object value) {
        return VAULT.seal(subject, value);
    }
}
