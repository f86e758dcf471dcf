package io.ispflow.kernel.pkg;

import java.util.List;

/**
 * One page of the package list, in API.md's list shape. A concrete type rather than a generic page,
 * so the query bus can match it and a remote bus can deserialise its items.
 */
public record PackageList(List<PackageView> items, int page, int size, long total) {
}
