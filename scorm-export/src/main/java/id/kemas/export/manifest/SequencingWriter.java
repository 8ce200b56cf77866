package id.kemas.export.manifest;

import id.kemas.core.model.Course;
import id.kemas.core.model.Node;
import id.kemas.core.problem.Problems;
import id.kemas.export.manifest.imscp.Item;
import id.kemas.export.manifest.imscp.Organization;
import id.kemas.export.manifest.imsss.SequencingCollection;
import java.util.Optional;

/**
 * The step of manifest writing that turns the course's sequencing into IMS Simple Sequencing
 * ({@code imsss}), ADL sequencing ({@code adlseq}) and navigation ({@code adlnav}) elements. The
 * manifest builder makes the organization and items; an implementation adds to them. Neither
 * SCORM nor IMS SS requires any of these elements, so {@link #NONE} adds nothing and the LMS
 * applies the schema defaults (free choice among all activities).
 */
public interface SequencingWriter {

    /** Writes no sequencing at all. */
    SequencingWriter NONE = new SequencingWriter() {};

    /**
     * Adds what applies to the course as a whole: {@code imsss:sequencing} on the organization, its
     * {@code adlseq:objectivesGlobalToSystem} and {@code adlcp:sharedDataGlobalToSystem} attributes,
     * an {@code adlcp:completionThreshold}.
     */
    default void writeOrganization(Course course, Organization organization, Problems problems) {}

    /** Adds what applies to one node: {@code imsss:sequencing}, {@code adlnav:presentation} and the like. */
    default void writeItem(Course course, Node node, Item item, Problems problems) {}

    /** Shared definitions that items refer to with {@code IDRef}; empty when there are none. */
    default Optional<SequencingCollection> collection(Course course, Problems problems) {
        return Optional.empty();
    }
}
