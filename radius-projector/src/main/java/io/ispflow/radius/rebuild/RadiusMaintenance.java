package io.ispflow.radius.rebuild;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One rebuild or drift check at a time in this process: both pause the live processor and use shadow tables,
 * so a second one is refused with {@link ErrorCode#REBUILD_RUNNING} rather than queued.
 */
@Component
public class RadiusMaintenance {

    private final AtomicBoolean busy = new AtomicBoolean();

    /** Takes the turn, or throws REBUILD_RUNNING; the caller must {@link #finish()}. */
    public void begin() {
        if (!busy.compareAndSet(false, true)) {
            throw new DomainException(ErrorCode.REBUILD_RUNNING,
                    "a RADIUS rebuild or drift check is running; try again when it has finished");
        }
    }

    public void finish() {
        busy.set(false);
    }
}
