package io.ispflow.kernel.router;

import java.util.List;

/** The routers' pulses a {@link FindRouterPulses} asked for, those never seen left out. */
public record RouterPulses(List<RouterPulse> items) {
}
