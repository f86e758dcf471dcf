package io.ispflow.kernel.subscriber;

import java.util.List;

/**
 * One page of the subscriber list, in API.md's list shape. A concrete type rather than a generic page,
 * so the query bus can match it and a remote bus can deserialise its items.
 */
public record SubscriberList(List<SubscriberView> items, int page, int size, long total) {
}
