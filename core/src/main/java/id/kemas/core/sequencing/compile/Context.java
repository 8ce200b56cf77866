package id.kemas.core.sequencing.compile;

import id.kemas.core.model.Course;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.SequencingMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every template step works on: the course, its drafts and the problems found so far. */
final class Context {

    final Course course;
    final Draft root;
    final Map<String, Draft> nodes;
    final List<Problem> problems = new ArrayList<>();

    Context(Course course, Draft root, Map<String, Draft> nodes) {
        this.course = course;
        this.root = root;
        this.nodes = nodes;
    }

    Optional<Draft> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** Every draft below the root, in flow order. */
    List<Draft> all() {
        List<Draft> out = new ArrayList<>(root.subtree());
        out.remove(0);
        return out;
    }

    String global(Draft d) {
        return GlobalObjectiveIds.of(course.id(), d.id);
    }

    void report(String id, Location where, Object... args) {
        problems.add(SequencingMessages.CATALOG.problem(id, where, args));
    }
}
