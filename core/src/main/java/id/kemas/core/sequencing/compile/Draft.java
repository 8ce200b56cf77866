package id.kemas.core.sequencing.compile;

import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;
import id.kemas.core.model.Sequencing;
import id.kemas.core.problem.Location;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityKind;
import id.kemas.core.sequencing.ItemSettings;
import id.kemas.core.sequencing.RollupRules;
import id.kemas.core.sequencing.SequencingDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** An activity while its sequencing is being compiled: the node it comes from and what the templates gave it so far. */
final class Draft {

    final String id;
    final String title;
    final ActivityKind kind;
    final Sequencing intent;
    final Optional<Node> node;
    final Location source;
    final Draft parent;
    final List<Draft> children = new ArrayList<>();
    SequencingDefinition definition = SequencingDefinition.DEFAULT;
    ItemSettings settings = ItemSettings.DEFAULT;

    Draft(String id, String title, ActivityKind kind, Sequencing intent, Optional<Node> node, Location source, Draft parent) {
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.intent = intent;
        this.node = node;
        this.source = source;
        this.parent = parent;
    }

    void change(UnaryOperator<SequencingDefinition> c) {
        definition = c.apply(definition);
    }

    void rollup(UnaryOperator<RollupRules> c) {
        definition = definition.withRollupRules(c.apply(definition.rollupRules()));
    }

    boolean isRoot() {
        return kind == ActivityKind.ORGANIZATION;
    }

    boolean isLeaf() {
        return kind.isLeaf();
    }

    /** The pass mark of this leaf's quiz, as a scaled score. */
    Optional<BigDecimal> passMark() {
        return node.filter(n -> n instanceof Leaf).map(n -> (Leaf) n).flatMap(Leaf::quiz)
                .filter(q -> q.passingScore().isPresent())
                .map(q -> BigDecimal.valueOf(q.passingScore().getAsInt()).movePointLeft(2));
    }

    boolean hasQuiz() {
        return node.filter(n -> n instanceof Leaf l && l.quiz().isPresent()).isPresent();
    }

    /** Where {@code key} of this node's sequencing block is written. */
    Location at(String key) {
        return intent.location(key, source);
    }

    List<Draft> ancestors() {
        List<Draft> out = new ArrayList<>();
        for (Draft p = parent; p != null; p = p.parent) out.add(p);
        return out;
    }

    boolean isWithin(Draft ancestor) {
        for (Draft p = parent; p != null; p = p.parent) if (p == ancestor) return true;
        return false;
    }

    /** This draft and all below it, in flow order. */
    List<Draft> subtree() {
        List<Draft> out = new ArrayList<>();
        out.add(this);
        for (Draft c : children) out.addAll(c.subtree());
        return out;
    }

    /** Counts for its parent's satisfaction, and so does every ancestor below the root. */
    boolean countsForCourseSuccess() {
        for (Draft d = this; d != null && !d.isRoot(); d = d.parent) {
            if (!d.definition.rollupRules().rollupObjectiveSatisfied() || !d.definition.deliveryControls().tracked()) {
                return false;
            }
        }
        return true;
    }

    Activity build() {
        List<Activity> built = children.stream().map(Draft::build).toList();
        Activity a = new Activity(id, title, kind, true, intent.optional(), definition, settings, built, source);
        return intent.raw().applyTo(a);
    }
}
