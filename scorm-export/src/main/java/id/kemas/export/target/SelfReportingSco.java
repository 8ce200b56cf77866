package id.kemas.export.target;

import id.kemas.core.model.Course;
import id.kemas.core.model.Node;
import id.kemas.core.problem.Problems;
import id.kemas.export.manifest.SequencingWriter;
import id.kemas.export.manifest.adlcp.CompletionThreshold;
import id.kemas.export.manifest.imscp.Item;
import id.kemas.export.manifest.imsss.DeliveryControls;
import id.kemas.export.manifest.imsss.Sequencing;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The only sequencing of a single-SCO SCORM 2004 package: its SCO sets its own completion and
 * success ({@code deliveryControls completionSetByContent objectiveSetByContent}). With the schema
 * defaults an LMS would mark the attempt completed and passed when it ends without a report. No
 * rules, objectives, maps or collections: the content enforces the course's sequencing itself. A
 * completion threshold only when the author asked for progress-based completion.
 */
final class SelfReportingSco implements SequencingWriter {

    private final Optional<BigDecimal> progressCompletion;

    /**
     * @param progressCompletion the course's progress-based completion, when its author asked for it: then
     *                           an {@code adlcp:completionThreshold} tells the LMS too (Moodle applies it to
     *                           the {@code cmi.progress_measure} the content reports)
     */
    SelfReportingSco(Optional<BigDecimal> progressCompletion) {
        this.progressCompletion = progressCompletion;
    }

    @Override
    public void writeItem(Course course, Node node, Item item, Problems problems) {
        item.sequencing(new Sequencing().deliveryControls(
                new DeliveryControls().completionSetByContent(true).objectiveSetByContent(true)));
        progressCompletion.ifPresent(p -> item.completionThreshold(
                new CompletionThreshold().completedByMeasure(true).minProgressMeasure(p)));
    }
}
