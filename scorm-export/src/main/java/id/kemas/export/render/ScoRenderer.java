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

    /**
     * Launch path of a leaf inside the package: {@code sco-<leaf id>.html}. The prefix puts the
     * launch pages, the largest text a build makes, after the course's {@code media/} in the zip's
     * sorted order, so that they are compressed on other cores while the writer streams the media
     * before them; first in the zip, they held the writer up until they were compressed (the
     * benchmark course's build took 5-7 % longer).
     */
    static String launchPath(Leaf leaf) {
        return launchPath(leaf.id());
    }

    /** Launch path of the leaf with this id (the one leaf of a single-SCO package has the course's id). */
    static String launchPath(String leafId) {
        return "sco-" + leafId + ".html";
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
