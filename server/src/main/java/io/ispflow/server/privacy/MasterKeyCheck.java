package io.ispflow.server.privacy;

import io.ispflow.kernel.InvalidSettingException;
import io.ispflow.kernel.privacy.MasterKey;
import io.ispflow.kernel.privacy.SealBrokenException;
import io.ispflow.kernel.privacy.SubjectKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Refuses a master key that is not the one this database's subject keys are wrapped with, before
 * anything is sealed or opened. The first start records the key (its id and a canary it wraps); a
 * database from before the check adopts the configured key only if that key opens every subject key.
 */
class MasterKeyCheck {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyCheck.class);
    /** The canary is wrapped for a subject no subscriber or router can have. */
    private static final UUID CANARY = new UUID(0, 0);
    private static final String SETTING = "ISPFLOW_MASTER_KEY (ispflow.keys.master-key)";
    private static final String KEY_ID = "A key's id: docs/security.md, \"Which master key\".";
    private static final int PAGE = 1_000;

    private record Recorded(String keyId, byte[] canary) {
    }

    private record Wrapped(UUID subject, byte[] key) {
    }

    private final JdbcTemplate jdbc;

    MasterKeyCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws InvalidSettingException naming the id of the key the database expects */
    void verify(MasterKey key) {
        if (recorded().isEmpty()) {
            adopt(key);
        }
        Recorded expected = recorded().get(0);
        if (!opens(key, CANARY, expected.canary())) {
            throw new InvalidSettingException(SETTING + " is not this database's master key: its subject keys are wrapped "
                    + "with the key of id " + expected.keyId() + ", and the configured key's id is " + key.id() + ". With it "
                    + "no sealed value would open and new ones would be sealed under a key the rest of the data does not "
                    + "know, so the server does not start; nothing was changed.",
                    "Start with the master key of id " + expected.keyId() + ": the one kept in your secret store, or for the "
                    + "embedded default the file <data directory>.master-key. " + KEY_ID);
        }
        log.info("Master key {} is this database's", key.id());
    }

    private void adopt(MasterKey key) {
        long total = 0;
        long unopened = 0;
        UUID after = CANARY;
        for (List<Wrapped> page = page(after); !page.isEmpty(); page = page(after)) {
            for (Wrapped wrapped : page) {
                total++;
                unopened += opens(key, wrapped.subject(), wrapped.key()) ? 0 : 1;
                after = wrapped.subject();
            }
        }
        if (unopened > 0) {
            throw new InvalidSettingException(SETTING + " (id " + key.id() + ") does not open " + unopened + " of the "
                    + total + " subject keys in this database" + (unopened < total
                    ? ": they were wrapped with two keys, so an earlier start ran with a wrong one." : ".")
                    + " The server does not start; nothing was changed.",
                    "Start with the master key the subject keys were wrapped with. " + KEY_ID);
        }
        jdbc.update("INSERT INTO master_key_check (id, key_id, canary) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING",
                key.id(), key.wrap(CANARY, SubjectKeys.newDataKey()));
        log.info("Recorded master key {} as this database's: it opens all {} subject keys", key.id(), total);
    }

    private List<Recorded> recorded() {
        return jdbc.query("SELECT key_id, canary FROM master_key_check WHERE id = 1",
                (rs, row) -> new Recorded(rs.getString(1), rs.getBytes(2)));
    }

    private List<Wrapped> page(UUID after) {
        return jdbc.query("SELECT subject_id, wrapped_key FROM subject_key WHERE wrapped_key IS NOT NULL AND subject_id > ? "
                          + "ORDER BY subject_id LIMIT " + PAGE,
                (rs, row) -> new Wrapped(rs.getObject(1, UUID.class), rs.getBytes(2)), after);
    }

    private static boolean opens(MasterKey key, UUID subject, byte[] wrapped) {
        try {
            key.unwrap(subject, wrapped);
            return true;
        } catch (SealBrokenException wrongKey) {
            return false;
        }
    }
}
