package id.kemas.export.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a build made.
 *
 * @param status       whether a package was written, and if not, why
 * @param output       the package; empty unless {@link Status#BUILT} (then nothing was written)
 * @param scos         number of SCOs
 * @param files        number of files in the package
 * @param contentBytes size of all files before compression
 * @param packageBytes size of the zip
 * @param time         how long the build took
 * @param steps        how long each step took, in the order they ran
 */
public record BuildResult(Status status, Optional<Path> output, int scos, int files, long contentBytes,
                          long packageBytes, Duration time, Map<String, Duration> steps) {

    public BuildResult {
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    public enum Status {
        /** The package was written. */
        BUILT,
        /** The course has errors; the problems say which. */
        INPUT_PROBLEMS,
        /** The package kemas made did not pass its own check: a fault in kemas. */
        SELF_CHECK_FAILED
    }

    static BuildResult notBuilt(Status status, Duration time, Map<String, Duration> steps) {
        return new BuildResult(status, Optional.empty(), 0, 0, 0, 0, time, steps);
    }

    public boolean succeeded() {
        return status == Status.BUILT;
    }
}
