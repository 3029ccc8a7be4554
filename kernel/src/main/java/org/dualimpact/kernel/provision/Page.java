package org.dualimpact.kernel.provision;

import java.util.List;

/** One page of results and the total number of matches. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
