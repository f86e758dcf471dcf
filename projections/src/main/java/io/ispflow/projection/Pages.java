package io.ispflow.projection;

import io.ispflow.kernel.PageRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;

import java.util.List;
import java.util.function.Function;

/** Translates between the contract's paging and Spring Data's. */
public final class Pages {

    /** Builds one of the contract's list records from its four parts. */
    public interface ListShape<V, L> {
        L of(List<V> items, int page, int size, long total);
    }

    private Pages() {
    }

    public static org.springframework.data.domain.PageRequest of(PageRequest request, Sort sort) {
        return org.springframework.data.domain.PageRequest.of(request.page(), request.size(), sort);
    }

    public static <E, V, L> L from(Page<E> page, Function<E, V> view, ListShape<V, L> shape) {
        return shape.of(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
