package id.kemas.core.load;

import id.kemas.core.problem.DidYouMean;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * References from one node to another ({@code home}, {@code checks}, {@code gated-by} ...), noted
 * while reading and checked once every id of the course is known.
 */
final class References {

    /** What a reference must point at. */
    enum Kind {
        ANY_NODE("a node of this course"),
        LEAF("a leaf (a node with pages or a quiz) of this course"),
        QUIZ_LEAF("a leaf with a quiz");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private record Reference(String key, String target, Kind kind, Location where) {}

    private final List<Reference> pending = new ArrayList<>();

    void note(String key, String target, Kind kind, Location where) {
        pending.add(new Reference(key, target, kind, where));
    }

    void check(Collection<String> nodes, Collection<String> leaves, Collection<String> quizLeaves, Problems problems) {
        for (Reference r : pending) {
            Collection<String> pool = switch (r.kind) {
                case ANY_NODE -> nodes;
                case LEAF -> leaves;
                case QUIZ_LEAF -> quizLeaves;
            };
            if (!pool.contains(r.target)) {
                String hint = DidYouMean.closest(r.target, pool).map(k -> "Did you mean '" + k + "'?")
                        .orElse("Use the id of " + r.kind.words + ".");
                problems.report("KMS-019", r.where, r.key, r.target, r.kind.words, hint);
            }
        }
    }
}
