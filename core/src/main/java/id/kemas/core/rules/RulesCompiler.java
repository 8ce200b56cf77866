package id.kemas.core.rules;

import id.kemas.core.model.Cluster;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;
import id.kemas.core.model.Sequencing.Navigation;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.CompletionThreshold;
import id.kemas.core.sequencing.Objective;
import id.kemas.core.sequencing.RawSequencing;
import id.kemas.core.sequencing.SequencingDefinition;
import id.kemas.core.sequencing.compile.SequencingCompiler;
import id.kemas.core.sequencing.describe.TitleRanges;
import id.kemas.core.sequencing.lint.SequencingLint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds the rule table of {@link CourseRules}. The course is compiled to IMS Simple Sequencing
 * first, exactly as for a multi-SCO package, and the table takes the rollup, limits and
 * randomization of each activity from that tree; the gates of gated-by and forced-sequential,
 * remediation and test-out are taken from the intents the templates compiled them from.
 */
final class RulesCompiler {

    private final Course course;
    private final ActivityTree tree;
    private final List<Node> order = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** The row of each node's parent cluster, by node id; top-level nodes have none (row 0 is the course). */
    private final Map<String, Integer> parentRow = new HashMap<>();
    private final Map<Integer, List<Integer>> gates = new LinkedHashMap<>();
    private final Map<Integer, List<Integer>> skippedBy = new LinkedHashMap<>();

    private RulesCompiler(Course course, ActivityTree tree) {
        this.course = course;
        this.tree = tree;
        order.addAll(course.nodes());
        for (int i = 0; i < order.size(); i++) index.put(order.get(i).id(), i + 1);
        for (Node n : order) {
            if (n instanceof Cluster c) for (Node child : c.children()) parentRow.put(child.id(), index.get(c.id()));
        }
    }

    static CourseRules compile(Course course) {
        SequencingCompiler.Compilation c = SequencingCompiler.compile(course);
        List<Problem> problems = new ArrayList<>(c.problems());
        problems.addAll(SequencingLint.check(c.tree()));
        RulesCompiler compiler = new RulesCompiler(course, c.tree());
        compiler.collectGates();
        compiler.collectTestOut();
        for (Node n : course.nodes()) rawRulesWarning(n.id(), n.sequencing().raw(), problems);
        rawRulesWarning(course.id(), course.sequencing().raw(), problems);
        CompletionThreshold threshold = c.tree().root().settings().completionThreshold();
        Optional<BigDecimal> byProgress = threshold.completedByMeasure() ? Optional.of(threshold.minProgressMeasure())
                : Optional.empty();
        return new CourseRules(compiler.rows(), byProgress, problems);
    }

    /** gated-by, and forced-sequential's gates: each counted child waits for the counted child before it. */
    private void collectGates() {
        for (Node n : order) for (String id : n.sequencing().gatedBy()) gate(n, id);
        forced(course.children(), course.sequencing().navigation().orElse(Navigation.FREE_CHOICE));
    }

    private void forced(List<Node> children, Navigation nav) {
        Node previous = null;
        for (Node child : children) {
            if (nav == Navigation.FORCED_SEQUENTIAL && !child.sequencing().optional()) {
                if (previous != null) gate(child, previous.id());
                previous = child;
            }
            if (child instanceof Cluster c) forced(c.children(), c.sequencing().navigation().orElse(nav));
        }
    }

    private void gate(Node gated, String sourceId) {
        Integer source = index.get(sourceId);
        if (source == null) return;     // the loader has reported the unknown id
        List<Integer> list = gates.computeIfAbsent(index.get(gated.id()), k -> new ArrayList<>());
        if (!list.contains(source)) list.add(source);
    }

    /** test-out: a passed pre-test (a leaf with a pass mark) makes the activities it names unnecessary. */
    private void collectTestOut() {
        for (Node n : order) {
            if (!(n instanceof Leaf leaf) || leaf.quiz().flatMap(q -> q.scaledPassingScore()).isEmpty()) continue;
            for (String id : n.sequencing().testOut()) {
                Integer target = index.get(id);
                if (target == null || id.equals(n.id())) continue;
                skippedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(index.get(n.id()));
            }
        }
    }

    private List<RuleNode> rows() {
        List<RuleNode> rows = new ArrayList<>();
        rows.add(row(0, course.id(), course.title(), -1, course.children(), -1, false, tree.root(), Optional.empty()));
        int material = 0;
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            int parent = parentRow.getOrDefault(n.id(), 0);
            List<Node> children = n instanceof Cluster c ? c.children() : List.of();
            rows.add(row(i + 1, n.id(), n.title(), parent, children, n instanceof Leaf ? material++ : -1,
                    n.sequencing().optional(), tree.get(n.id()), Optional.of(n)));
        }
        return rows;
    }

    private RuleNode row(int i, String id, String title, int parent, List<Node> children, int material, boolean optional,
                         Activity a, Optional<Node> node) {
        SequencingDefinition s = a.sequencing();
        List<Integer> own = gates.getOrDefault(i, List.of());
        Optional<Integer> remediation = node.flatMap(n -> n.sequencing().remediation()).map(index::get)
                .filter(r -> node.get() instanceof Leaf);
        return new RuleNode(i, id, title, parent, children.stream().map(c -> index.get(c.id())).toList(), material,
                optional, s.deliveryControls().tracked(), s.controlMode(), s.rollupRules(), s.rollupConsiderations(),
                own, own.stream().map(this::name).toList(), s.limitConditions().attemptLimit(), passing(s, material),
                remediation.map(OptionalInt::of).orElse(OptionalInt.empty()), skippedBy.getOrDefault(i, List.of()),
                material < 0 ? s.randomizationControls().selectCount() : OptionalInt.empty());
    }

    /** The pass mark the LMS would hand a test as cmi.scaled_passing_score: its primary objective's. */
    private static Optional<BigDecimal> passing(SequencingDefinition s, int material) {
        if (material < 0) return Optional.empty();
        return s.primary().filter(Objective::satisfiedByMeasure).map(Objective::minNormalizedMeasure);
    }

    /** A leaf by its title; a cluster by the range of its counted leaves when they are numbered ("Materi 1–8"). */
    private String name(int row) {
        Node n = order.get(row - 1);
        if (n instanceof Leaf) return n.title();
        List<String> leaves = new ArrayList<>();
        for (Leaf l : leavesOf(n)) if (!l.sequencing().optional()) leaves.add(l.title());
        String range = TitleRanges.of(leaves);
        return leaves.size() > 1 && range.contains("–") ? range : n.title();
    }

    private static List<Leaf> leavesOf(Node n) {
        List<Leaf> out = new ArrayList<>();
        n.collectLeaves(out);
        return out;
    }

    private static void rawRulesWarning(String id, RawSequencing raw, List<Problem> problems) {
        raw.changes().stream().filter(c -> c.what().equals("sequencingRules")).findFirst().ifPresent(c ->
                problems.add(RulesMessages.CATALOG.problem(RulesMessages.RAW_RULES_IGNORED,
                        c.where() == null ? Location.NONE : c.where(), id)));
    }
}
