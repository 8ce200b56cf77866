package id.kemas.export.build;

import id.kemas.core.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Checks a package after it has been written and before it is moved into place; the build keeps
 * no package that this check finds errors in.
 */
public interface PackageCheck {

    /** Checks nothing. */
    PackageCheck NONE = (zip, problems) -> {};

    /** Does slow one-time set-up (such as compiling schemas); a build calls it early, on another thread. */
    default void prepare() {}

    /**
     * Reports what is wrong with the manifest, from the bytes that go into the zip. It runs on
     * another thread while the zip is written, before {@link #check}; by default it checks nothing.
     */
    default void checkManifest(byte[] manifest, Problems problems) throws IOException {}

    /** Reports what is wrong with the written zip at {@code zip} to {@code problems}. */
    void check(Path zip, Problems problems) throws IOException;
}
