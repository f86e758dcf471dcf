package io.ispflow.server.privacy;

import io.ispflow.kernel.InvalidSettingException;
import io.ispflow.kernel.privacy.MasterKey;
import io.ispflow.kernel.privacy.PersonalDataVault;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The vault every role opens events through, its keys on the application database. */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    /**
     * The configured master key, once it is known to be this database's (MasterKeyCheck), so nothing
     * is sealed or opened with another. The embedded default provides one itself (EmbeddedMasterKey);
     * against a real database it must be given.
     */
    @Bean
    MasterKey masterKey(@Value("${ispflow.keys.master-key:}") String base64, JdbcTemplate jdbc) {
        MasterKey key = configured(base64);
        new MasterKeyCheck(jdbc).verify(key);
        return key;
    }

    static MasterKey configured(String base64) {
        if (base64.isBlank()) {
            throw new InvalidSettingException("ISPFLOW_MASTER_KEY (ispflow.keys.master-key) is not set. It wraps the keys "
                    + "that seal personal data in events; without it nothing can be sealed or read back.",
                    "Generate one with `openssl rand -base64 32`, keep it outside the database, and never lose it.");
        }
        return MasterKey.fromBase64(base64);
    }

    @Bean
    BatchSubjectKeys subjectKeys(JdbcTemplate jdbc, MasterKey masterKey) {
        return new BatchSubjectKeys(new JdbcSubjectKeys(jdbc, masterKey));
    }

    @Bean
    PersonalDataVault personalDataVault(BatchSubjectKeys keys) {
        return new PersonalDataVault(keys);
    }

    /**
     * Projectors and rebuilds open a batch's sealed values with one key query, not one per value. A
     * class of its own: it needs the keys this configuration makes.
     */
    @Configuration(proxyBeanMethods = false)
    static class KeysPerBatch {

        @Autowired
        void loadKeysPerBatch(EventProcessingConfigurer processing, BatchSubjectKeys keys) {
            processing.registerDefaultHandlerInterceptor((configuration, processor) -> new BatchKeyLoading(keys));
        }
    }
}
