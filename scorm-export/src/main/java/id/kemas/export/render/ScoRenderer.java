package id.kemas.export.render;

import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.problem.Problems;
import id.kemas.export.pkg.PackageEntry;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns leaves into launch pages. One implementation per page style; the build pipeline calls
 * {@link #sharedFiles} once and {@link #renderLeaf} for every leaf, for several leaves at once on
 * different threads (each call with its own {@code Problems}), so implementations must be thread-safe.
 */
public interface ScoRenderer {

    /** Launch path of a leaf inside the package. */
    static String launchPath(Leaf leaf) {
        return leaf.id() + ".html";
    }

    /**
     * The files of one SCO made by the build (its launch page at {@link #launchPath}); course media
     * the leaf uses are added by the pipeline, not here. Problems (such as a suspend-data budget
     * that can be exceeded) go to {@code problems}.
     */
    List<PackageEntry> renderLeaf(Course course, Leaf leaf, Problems problems);

    /** Files every SCO shares (runtime script, styles, fonts, theme assets), under {@code kemas/}. */
    List<PackageEntry> sharedFiles(Course course, Path courseRoot, Problems problems);
}
