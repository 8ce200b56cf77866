package id.kemas.export.manifest;

import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;

/**
 * Manifest identifiers, all derived from the author's stable ids so that a new version of a course
 * keeps the learners' records in the LMS. Never positional, never random. Course and node ids are
 * {@code [a-z0-9][a-z0-9-]*}; the upper-case prefixes make them NCNames (valid {@code xs:ID}s) that
 * cannot collide with each other.
 */
public final class Identifiers {

    /** The resource every SCO depends on for the shared runtime, styles and fonts. */
    public static final String SHARED_RESOURCE = "RES-kemas-shared";

    /** The leaf id whose resource identifier would be {@link #SHARED_RESOURCE}. */
    public static final String RESERVED_LEAF_ID = "kemas-shared";

    private Identifiers() {}

    /** The course id; an id that starts with a digit is not an NCName and gets {@code MANIFEST-} in front. */
    public static String manifest(Course course) {
        String id = course.id();
        return !id.isEmpty() && Character.isDigit(id.charAt(0)) ? "MANIFEST-" + id : id;
    }

    public static String organization(Course course) {
        return "ORG-" + course.id();
    }

    public static String item(Node node) {
        return "ITEM-" + node.id();
    }

    public static String resource(Leaf leaf) {
        return "RES-" + leaf.id();
    }
}
