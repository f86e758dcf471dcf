package io.ispflow.kernel;

import java.util.List;

/** One page of a list answer, as API.md describes lists. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
