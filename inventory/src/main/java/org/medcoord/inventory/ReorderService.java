package org.medcoord.inventory;

import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Reorder suggestions from par levels. Thread-safe.
 *
 * @since 0.1.0
 */
public interface ReorderService {

    /** @return a suggestion for every item at the location whose usable stock is below its reorder point */
    List<ReorderSuggestion> suggestions(AccessContext context, LocationId location);
}
