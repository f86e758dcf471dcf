package io.ispflow.server.axon;

import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;

/** Axon's token table in the snake_case shape every ispflow database uses. */
final class TokenSchemas {

    static final TokenSchema SNAKE_CASE = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    private TokenSchemas() {
    }
}
