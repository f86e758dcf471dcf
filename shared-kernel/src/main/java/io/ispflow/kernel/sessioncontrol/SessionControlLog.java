package io.ispflow.kernel.sessioncontrol;

import java.util.List;

/** One page of a subscriber's session-control log, newest first, in API.md's list shape. */
public record SessionControlLog(List<SessionControlEntry> items, int page, int size, long total) {
}
