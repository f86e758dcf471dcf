package io.ispflow.command.voucher;

import io.ispflow.kernel.voucher.VoucherEvent;
import io.ispflow.kernel.voucher.VoucherIssued;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Starts each voucher's own event stream with its {@link VoucherIssued}, as the first event (sequence 0) of a
 * {@link Voucher} aggregate, in the current unit of work. Axon's repository would create the aggregates one by one, and
 * at commit checks each against every other aggregate of the unit of work, which for a batch of 10,000 is 10^8 checks;
 * a new voucher has no state to guard and nobody else knows its id, so its first event is all its creation is. A whole
 * batch's revocation is appended the same way, each after its voucher's last event: a voucher that changed meanwhile
 * takes that sequence number first, and the append, with the whole revocation, fails rather than overwrite it.
 */
@Component
class VoucherStreams {

    private static final String AGGREGATE_TYPE = Voucher.class.getSimpleName();

    private final EventStore events;

    VoucherStreams(EventStore events) {
        this.events = events;
    }

    /** In one publication, so they are appended in one batch with the batch's own event. */
    void start(List<VoucherIssued> issued) {
        events.publish(issued.stream()
                .map(voucher -> new GenericDomainEventMessage<>(AGGREGATE_TYPE, voucher.voucherId().toString(), 0, voucher))
                .toList());
    }

    /** Each event after the last one of its voucher's stream, in one publication. */
    void append(List<? extends VoucherEvent> changes) {
        events.publish(changes.stream()
                .map(change -> new GenericDomainEventMessage<>(AGGREGATE_TYPE, change.voucherId().toString(),
                        next(change.voucherId().toString()), change))
                .toList());
    }

    private long next(String voucherId) {
        return events.lastSequenceNumberFor(voucherId).map(last -> last + 1)
                .orElseThrow(() -> new IllegalStateException("voucher " + voucherId + " has no stream"));
    }
}
