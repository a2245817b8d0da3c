package org.medcoord.records;

import java.util.Optional;

/**
 * Which page of a search to return.
 *
 * @param size  1 to 100 results
 * @param token the {@link org.medcoord.core.data.ResultPage#nextPageToken()} of the previous page, or empty for the first
 * @since 0.1.0
 */
public record PageRequest(int size, Optional<String> token) {
    public PageRequest {
        token = token == null ? Optional.empty() : token;
    }

    /** @return the first page of {@code size} results */
    public static PageRequest first(int size) {
        return new PageRequest(size, Optional.empty());
    }

    /** @return the page after the one {@code token} came with */
    public static PageRequest after(String token, int size) {
        return new PageRequest(size, Optional.of(token));
    }
}
