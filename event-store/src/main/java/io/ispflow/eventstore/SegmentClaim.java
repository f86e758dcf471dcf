package io.ispflow.eventstore;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * A processor's claim on one segment of its token, held by hand while the processor is stopped, so that no
 * other process takes the segment over. Each call joins the transaction open on the thread.
 */
public final class SegmentClaim {

    private final TokenStore tokens;
    private final String processor;
    private final int segment;

    private SegmentClaim(TokenStore tokens, String processor, int segment) {
        this.tokens = tokens;
        this.processor = processor;
        this.segment = segment;
    }

    /** The segment of {@code processor}, in the token store that processor keeps its tokens in. */
    public static SegmentClaim of(EventProcessingConfiguration processing, String processor, int segment) {
        return new SegmentClaim(processing.tokenStore(processor), processor, segment);
    }

    /** Claims the segment, or fails when another process holds it; answers the position it has reached. */
    public TrackingToken take() {
        return tokens.fetchToken(processor, segment);
    }

    public void extend() {
        tokens.extendClaim(processor, segment);
    }

    public void release() {
        tokens.releaseClaim(processor, segment);
    }
}
