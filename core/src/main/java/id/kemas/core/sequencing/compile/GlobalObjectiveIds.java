package id.kemas.core.sequencing.compile;

/**
 * IDs of the global objectives the templates use, derived from the course id and the author's
 * node id only, so that a new version of the course keeps learners' gates and results in the LMS.
 * One global objective per node carries all of its values (satisfied status, measure, completion).
 */
public final class GlobalObjectiveIds {

    private GlobalObjectiveIds() {}

    /** {@code urn:kemas:<course>:<node>}, an {@code xs:anyURI}. */
    public static String of(String courseId, String nodeId) {
        return "urn:kemas:" + courseId + ":" + nodeId;
    }
}
