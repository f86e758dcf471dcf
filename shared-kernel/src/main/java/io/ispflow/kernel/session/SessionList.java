package io.ispflow.kernel.session;

import java.util.List;

/** One page of sessions, in API.md's list shape, newest first. */
public record SessionList(List<SessionView> items, int page, int size, long total) {
}
