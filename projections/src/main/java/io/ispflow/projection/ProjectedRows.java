package io.ispflow.projection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;
import java.util.function.Consumer;

/** Changes a row that an aggregate's first event created, for the events that follow it. */
public final class ProjectedRows {

    private ProjectedRows() {
    }

    /**
     * The processor handles an aggregate's events in order, so the row exists; if not, the handler
     * fails loudly rather than silently changing nothing.
     */
    public static <E> void change(JpaRepository<E, UUID> rows, UUID id, Consumer<E> change) {
        E row = rows.findById(id).orElseThrow(() -> new IllegalStateException("no read-model row for " + id));
        change.accept(row);
        rows.save(row);
    }
}
