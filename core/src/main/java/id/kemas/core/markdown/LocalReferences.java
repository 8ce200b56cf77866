package id.kemas.core.markdown;

import id.kemas.core.problem.Location;
import java.util.Optional;

/**
 * Checks a local file reference written in a page and gives its course-relative path when the
 * file exists (reporting it otherwise).
 */
@FunctionalInterface
public interface LocalReferences {
    Optional<String> resolve(String written, Location where);
}
