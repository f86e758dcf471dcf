package io.ispflow.radius;

import io.ispflow.eventstore.ProcessorTokens;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import static io.ispflow.radius.RadiusEvents.basicPackage;
import static io.ispflow.radius.RadiusProjectorConfiguration.PROCESSING_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/** The processor's token and the rows it projected commit, or roll back, together. */
public interface TokenTransactionContract extends RadiusTablesFixture {

    default TokenStore tokens() {
        return ProcessorTokens.store(radius().dataSource(), Jackson3Serializer.builder().build());
    }

    default TransactionTemplate transaction() {
        return new TransactionTemplate(radius().transactionManager());
    }

    default TrackingToken storedToken() {
        return transaction().execute(t -> tokens().fetchToken(PROCESSING_GROUP, 0));
    }

    @BeforeEach
    default void initializeTheRadiusToken() {
        transaction().executeWithoutResult(t -> tokens().initializeTokenSegments(PROCESSING_GROUP, 1));
    }

    @Test
    default void rowsAndTokenCommitTogether() {
        transaction().executeWithoutResult(t -> {
            tokens().fetchToken(PROCESSING_GROUP, 0);
            apply(basicPackage());
            tokens().storeToken(new GlobalSequenceTrackingToken(7), PROCESSING_GROUP, 0);
        });

        assertThat(rows("SELECT attribute FROM radgroupreply")).containsExactly("Mikrotik-Rate-Limit");
        assertThat(storedToken()).isEqualTo(new GlobalSequenceTrackingToken(7));
    }

    @Test
    default void aRolledBackBatchLeavesNeitherRowsNorToken() {
        transaction().executeWithoutResult(t -> {
            tokens().fetchToken(PROCESSING_GROUP, 0);
            apply(basicPackage());
            tokens().storeToken(new GlobalSequenceTrackingToken(7), PROCESSING_GROUP, 0);
            t.setRollbackOnly();
        });

        assertThat(rows("SELECT attribute FROM radgroupreply")).isEmpty();
        assertThat(storedToken()).isNull();
    }
}
