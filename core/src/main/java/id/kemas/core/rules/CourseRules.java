package id.kemas.core.rules;

import id.kemas.core.model.Course;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A course's sequencing as a small table that the content itself evaluates, for packages whose LMS
 * does not sequence (one SCO that holds the whole course). It comes from the same course model and
 * the same templates as the IMS Simple Sequencing of a multi-SCO package: what counts for
 * completion, success and score, attempt limits and random selection are read from the compiled
 * activity tree, so both packages roll up alike; gates, remediation and test-out come from the
 * author's intents they were compiled from.
 *
 * <pre>
 * CourseRules rules = CourseRules.compile(course);
 * rules.problems().forEach(p -&gt; System.err.println(p.headline()));
 * </pre>
 *
 * @param nodes              the course (index 0), then every node in the author's order, depth first
 * @param progressCompletion when the author asked for progress-based completion of the course
 *                           ({@code adlcp:completionThreshold completedByMeasure="true"}): the share of
 *                           required parts at which the course is completed
 * @param problems           what the sequencing compiler, its lint and the table found
 */
public record CourseRules(List<RuleNode> nodes, Optional<BigDecimal> progressCompletion, List<Problem> problems) {

    public CourseRules {
        nodes = List.copyOf(nodes);
        problems = List.copyOf(problems);
    }

    public static CourseRules compile(Course course) {
        return RulesCompiler.compile(course);
    }

    public RuleNode course() {
        return nodes.get(0);
    }

    public Optional<RuleNode> find(String id) {
        return nodes.stream().skip(1).filter(n -> n.id().equals(id)).findFirst();
    }

    /** The leaves, in material order. */
    public List<RuleNode> materials() {
        return nodes.stream().filter(RuleNode::isLeaf).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity().atLeast(Severity.ERROR));
    }
}
