package org.medcoord.billing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the public X12 samples ({@code ../shared/x12-samples} next to the repository). Where they are
 * absent, tests skip with a visible reason, unless {@code MEDCOORD_REQUIRE_SAMPLES=1} (set by {@code .ci/run})
 * turns the absence into a failure.
 */
final class Samples {

    static final String SKIP_REASON = "../shared/x12-samples is not next to this repository; set MEDCOORD_REQUIRE_SAMPLES=1 to fail instead";

    private Samples() {
    }

    static Optional<Path> folder() {
        for (Path candidate : new Path[] {Path.of("..", "shared", "x12-samples"), Path.of("..", "..", "shared", "x12-samples")}) {
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        if ("1".equals(System.getenv("MEDCOORD_REQUIRE_SAMPLES"))) {
            throw new IllegalStateException("MEDCOORD_REQUIRE_SAMPLES=1 but ../shared/x12-samples was not found from "
                    + Path.of("").toAbsolutePath());
        }
        return Optional.empty();
    }
}
