package io.ispflow.eventstore;

import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;

import javax.sql.DataSource;

/**
 * Where tracking processors keep their tokens: Axon's token table, in the one snake_case shape every ispflow
 * database has.
 */
public final class ProcessorTokens {

    static final TokenSchema SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    private ProcessorTokens() {
    }

    /**
     * Keeps the processing group's tokens in the token table of {@code database}, in the transaction open on
     * the thread, so a token commits with the rows its events wrote there.
     */
    public static void keepIn(EventProcessingConfigurer processing, String processingGroup, DataSource database) {
        processing.registerTokenStore(processingGroup, c -> store(database, c.serializer()));
    }

    /** Axon's JDBC token store on the token table of {@code database}. */
    public static TokenStore store(DataSource database, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(database)))
                .serializer(serializer)
                .schema(SCHEMA)
                .build();
    }
}
