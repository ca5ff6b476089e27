package vn.egov.workbench.inspection.store;

import java.util.List;

/**
 * One page of a sorted result.
 *
 * @param items   the rows of the page, at most {@code limit}
 * @param offset  how many rows come before the page
 * @param limit   the page size asked for
 * @param hasMore whether rows follow the page
 */
public record Page<T>(List<T> items, int offset, int limit, boolean hasMore) {

    public Page {
        items = List.copyOf(items);
    }
}
