package id.kemas.core.sequencing.describe;

import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.ChildActivitySet;
import id.kemas.core.sequencing.ConstrainedChoiceConsiderations;
import id.kemas.core.sequencing.ControlMode;
import id.kemas.core.sequencing.HideLmsUi;
import id.kemas.core.sequencing.Lexical;
import id.kemas.core.sequencing.RandomizationControls;
import id.kemas.core.sequencing.RollupAction;
import id.kemas.core.sequencing.RollupConsideration;
import id.kemas.core.sequencing.RollupRules;
import id.kemas.core.sequencing.RuleType;
import id.kemas.core.sequencing.SequencingDefinition;
import id.kemas.core.sequencing.SequencingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says in plain words what sequencing does to each activity, from the IMS SS definition alone, so
 * it works the same for a course and for any manifest:
 * <pre>
 * Post-test: locked until Materi 1–8 are completed; 2 attempts; passing 70%; ...
 * </pre>
 */
public final class ActivityDescriber {

    private final ActivityTree tree;
    private final RuleReading reading;

    public ActivityDescriber(ActivityTree tree) {
        this.tree = tree;
        this.reading = new RuleReading(tree);
    }

    /** The whole tree, one line per activity, indented like a file tree. */
    public String describeTree() {
        StringBuilder out = new StringBuilder();
        Activity root = tree.root();
        out.append(line(root, true)).append('\n');
        children(root, "", out);
        return out.toString();
    }

    /** "Title: phrase; phrase" (or just the title when nothing applies). */
    public String line(Activity a, boolean courseLevel) {
        List<String> phrases = describe(a);
        String title = courseLevel ? a.title() + " (course)" : a.title();
        return phrases.isEmpty() ? title : title + ": " + String.join("; ", phrases);
    }

    /** The phrases for one activity, most important first. */
    public List<String> describe(Activity a) {
        List<String> out = new ArrayList<>();
        SequencingDefinition d = a.sequencing();
        if (!a.isLeaf()) navigation(a, out);
        else choiceExit(a, out);
        counting(a, out);
        considerations(a, out);
        List<SequencingRule> unread = new ArrayList<>();
        for (SequencingRule r : d.rules(RuleType.PRE)) preCondition(a, r, out, unread);
        d.limitConditions().attemptLimit().ifPresent(n -> out.add(n == 0 ? "attemptLimit 0 (read differently by LMSs)"
                : n == 1 ? "1 attempt" : n + " attempts"));
        d.passMark().ifPresent(m -> out.add("passing " + percent(m)));
        for (SequencingRule r : d.rules(RuleType.POST)) postCondition(a, r, out, unread);
        for (SequencingRule r : d.rules(RuleType.EXIT)) unread.add(r);
        for (SequencingRule r : unread) out.add(reading.words(a, r));
        skipsWhenPassed(a, out);
        if (a.settings().completionThreshold().completedByMeasure()) {
            out.add("completed at " + percent(a.settings().completionThreshold().minProgressMeasure()) + " progress");
        }
        hidden(a, out);
        return out;
    }

    /** The links rules make between activities, for diagrams. */
    public List<Relation> relations() {
        List<Relation> out = new ArrayList<>();
        for (Activity a : tree.activities()) {
            for (SequencingRule r : a.sequencing().rules(RuleType.PRE)) {
                reading.gate(a, r).ifPresent(g -> {
                    g.completed().forEach(s -> out.add(new Relation(Relation.Kind.UNLOCKS, s, a)));
                    g.passed().forEach(s -> out.add(new Relation(Relation.Kind.UNLOCKS, s, a)));
                });
                reading.skippedWhenPassed(a, r).forEach(p -> out.add(new Relation(Relation.Kind.SKIPS, p, a)));
            }
            for (SequencingRule r : a.sequencing().rules(RuleType.POST)) {
                if (reading.isBackWhenFailed(r)) {
                    remediation(a).forEach(m -> out.add(new Relation(Relation.Kind.REMEDIATES, a, m)));
                }
            }
        }
        return out;
    }

    // ---- phrases ----------------------------------------------------------------------------

    private void navigation(Activity a, List<String> out) {
        ControlMode c = a.sequencing().controlMode();
        boolean forced = forcedSequential(a);
        boolean locks = a.children().stream().anyMatch(child -> child.sequencing().rules(RuleType.PRE).stream()
                .anyMatch(r -> reading.gate(child, r).isPresent()));
        if (c.choice() && c.flow()) {
            out.add(forced ? "in order: each opens when the one before it is completed; review allowed"
                    : locks ? "menu and continue/previous, where unlocked" : "menu in any order");
        } else if (c.choice()) {
            out.add("menu only (no continue or previous)");
        } else if (c.flow()) {
            out.add(c.forwardOnly() ? "strictly in order: continue only, no menu, no going back"
                    : "in order with continue and previous, no menu");
        } else {
            out.add("neither menu nor continue: nothing inside can be reached");
        }
        if (c.flow() && c.choice() && c.forwardOnly()) out.add("no going back");
        choiceExit(a, out);
        ConstrainedChoiceConsiderations constrained = a.sequencing().constrainedChoiceConsiderations();
        if (constrained.constrainChoice()) out.add("the menu offers only the next and previous activity");
        if (constrained.preventActivation()) out.add("new attempts start only by continue, not from the menu");
        RandomizationControls r = a.sequencing().randomizationControls();
        r.selectCount().ifPresent(n -> out.add("each attempt uses " + n + " of its " + a.children().size()
                + " activities, drawn at random" + (r.reorderChildren() ? " in random order" : "")));
        if (r.selectCount().isEmpty() && r.reorderChildren()) out.add("children in random order");
        if (a.isRoot()) courseResult(a, out);
    }

    private void courseResult(Activity root, List<String> out) {
        List<Activity> deciding = new ArrayList<>();
        for (Activity leaf : tree.leaves()) {
            if (!countsForCourseSuccess(leaf)) continue;
            Activity unit = leaf;
            for (Activity up : tree.ancestors(leaf)) if (up.sequencing().randomizationControls().selectCount().isPresent()) unit = up;
            Activity u = unit;
            if (deciding.stream().noneMatch(x -> x.id().equals(u.id()))) deciding.add(u);
        }
        RollupRules rules = root.sequencing().rollupRules();
        boolean any = rules.rules().stream().anyMatch(r -> r.action() == RollupAction.SATISFIED
                && r.childActivitySet() == ChildActivitySet.ANY);
        if (deciding.isEmpty()) {
            out.add("no pass or fail: completion only");
        } else if (any && deciding.size() > 1) {
            out.add("passed when " + TitleRanges.list(deciding.stream().map(Activity::title).toList()).replace(" and ", " or ")
                    + " is passed");
        } else if (deciding.size() == 1) {
            out.add("result from " + deciding.get(0).title());
        } else {
            out.add("passed when " + TitleRanges.list(deciding.stream().map(Activity::title).toList()) + " are all passed");
        }
    }

    private static void choiceExit(Activity a, List<String> out) {
        if (!a.sequencing().controlMode().choiceExit()) out.add("the menu cannot leave it while it runs");
    }

    /** adlseq:rollupConsiderations other than "always", grouped by their value. */
    private static void considerations(Activity a, List<String> out) {
        var r = a.sequencing().rollupConsiderations();
        java.util.Map<RollupConsideration, List<String>> byValue = new java.util.EnumMap<>(RollupConsideration.class);
        put(byValue, r.requiredForSatisfied(), "passing");
        put(byValue, r.requiredForNotSatisfied(), "failing");
        put(byValue, r.requiredForCompleted(), "completion");
        put(byValue, r.requiredForIncomplete(), "incompletion");
        byValue.forEach((value, kinds) -> {
            String when = switch (value) {
                case IF_ATTEMPTED -> "once attempted";
                case IF_NOT_SKIPPED -> "when not skipped";
                case IF_NOT_SUSPENDED -> "when not suspended";
                case ALWAYS -> "always";
            };
            out.add(kinds.size() == 4 ? "counts only " + when : "counts for " + TitleRanges.list(kinds) + " only " + when);
        });
    }

    private static void put(java.util.Map<RollupConsideration, List<String>> map, RollupConsideration c, String kind) {
        if (c != RollupConsideration.ALWAYS) map.computeIfAbsent(c, k -> new ArrayList<>()).add(kind);
    }

    private void counting(Activity a, List<String> out) {
        if (a.isRoot()) return;
        SequencingDefinition d = a.sequencing();
        if (!d.deliveryControls().tracked()) {
            out.add("not tracked");
            return;
        }
        boolean completion = d.rollupRules().rollupProgressCompletion();
        boolean success = d.rollupRules().rollupObjectiveSatisfied();
        boolean scored = d.rollupRules().scored();
        if (a.optional() || (!completion && !success && !scored)) {
            out.add("optional: counts for neither completion nor the result");
        } else if (!completion) {
            out.add("does not count for completion");
        }
        if (completion && d.passMark().isPresent() && !success) out.add("its result does not count for the course");
    }

    private void preCondition(Activity a, SequencingRule r, List<String> out, List<SequencingRule> unread) {
        Optional<RuleReading.Gate> gate = reading.gate(a, r);
        if (gate.isPresent()) {
            List<String> parts = new ArrayList<>();
            if (!gate.get().completed().isEmpty()) parts.add(names(gate.get().completed()) + " completed");
            if (!gate.get().passed().isEmpty()) parts.add(names(gate.get().passed()) + " passed");
            out.add("locked until " + String.join(" and ", parts));
            return;
        }
        List<Activity> byPass = reading.skippedWhenPassed(a, r);
        if (!byPass.isEmpty()) {
            out.add("skipped when " + TitleRanges.list(byPass.stream().map(Activity::title).toList()) + " is passed");
            return;
        }
        List<Activity> byFailure = reading.skippedWhileFailed(a, r);
        if (!byFailure.isEmpty()) {
            out.add("skipped while " + TitleRanges.list(byFailure.stream().map(Activity::title).toList())
                    + " is being remediated");
            return;
        }
        if (reading.isAttemptLock(r)) {
            if (a.sequencing().limitConditions().attemptLimit().isEmpty()) out.add("locked once its attempts are used up");
            return;
        }
        unread.add(r);
    }

    private void postCondition(Activity a, SequencingRule r, List<String> out, List<SequencingRule> unread) {
        if (reading.isRetryWhileFailed(r)) {
            out.add("starts again after a failed attempt while attempts remain");
        } else if (reading.isEndWhenDone(r)) {
            out.add(r.conditions().size() == 1 && r.conditions().get(0).condition().xml().equals("satisfied")
                    ? "ends the course once passed" : "ends the course once passed or out of attempts");
        } else if (reading.isBackWhenFailed(r)) {
            List<Activity> module = remediation(a);
            out.add("when failed: back to " + (module.isEmpty() ? "the start of its cluster" : titles(module))
                    + ", then this test again");
        } else if (!reading.retriedWhenFailed(a, r).isEmpty()) {
            out.add("starts again while " + TitleRanges.list(reading.retriedWhenFailed(a, r).stream().map(Activity::title)
                    .toList()) + " is failed (remediation)");
        } else {
            unread.add(r);
        }
    }

    /** "passing it skips ..." on the test whose pass makes others skip. */
    private void skipsWhenPassed(Activity a, List<String> out) {
        List<Activity> skipped = new ArrayList<>();
        for (Activity other : tree.activities()) {
            for (SequencingRule r : other.sequencing().rules(RuleType.PRE)) {
                if (reading.skippedWhenPassed(other, r).stream().anyMatch(p -> p.id().equals(a.id()))) skipped.add(other);
            }
        }
        if (!skipped.isEmpty()) out.add("passing it skips " + titles(skipped));
    }

    private void hidden(Activity a, List<String> out) {
        List<HideLmsUi> hide = a.settings().hideLmsUi();
        if (hide.isEmpty()) return;
        if (hide.size() == HideLmsUi.values().length) out.add("LMS navigation hidden");
        else out.add("LMS hides " + TitleRanges.list(hide.stream().map(HideLmsUi::xml).toList()));
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Every child after the first waits for the nearest child before it that is not optional. */
    private boolean forcedSequential(Activity cluster) {
        List<Activity> children = cluster.children();
        if (children.size() < 2) return false;
        Activity before = children.get(0);
        for (Activity child : children.subList(1, children.size())) {
            String awaited = before.id();
            boolean waits = child.sequencing().rules(RuleType.PRE).stream().flatMap(r -> reading.gate(child, r).stream())
                    .anyMatch(g -> g.completed().stream().anyMatch(s -> s.id().equals(awaited)));
            if (!waits) return false;
            if (!child.optional()) before = child;
        }
        return true;
    }

    /** What a failed test sends the learner back to: what its cluster does not skip before it. */
    private List<Activity> remediation(Activity test) {
        Optional<Activity> cluster = tree.parent(test);
        if (cluster.isEmpty()) return List.of();
        List<Activity> out = new ArrayList<>();
        for (Activity c : cluster.get().children()) if (tree.flowIndex(c) < tree.flowIndex(test)) remains(c, test, out);
        return out;
    }

    private void remains(Activity a, Activity test, List<Activity> out) {
        if (skippedWhileFailed(a, test)) return;
        boolean anySkipped = tree.subtree(a).stream().anyMatch(x -> skippedWhileFailed(x, test));
        if (a.isLeaf() || !anySkipped) {
            out.add(a);
            return;
        }
        for (Activity c : a.children()) remains(c, test, out);
    }

    private boolean skippedWhileFailed(Activity a, Activity test) {
        return a.sequencing().rules(RuleType.PRE).stream()
                .anyMatch(r -> reading.skippedWhileFailed(a, r).stream().anyMatch(t -> t.id().equals(test.id())));
    }

    /** {@link #titles} followed by "is" or "are". */
    private String names(List<Activity> activities) {
        String t = titles(activities);
        boolean plural = activities.size() > 1 || t.contains("–");
        return t + (plural ? " are" : " is");
    }

    /** Titles of activities, a cluster given by the range of its leaves when they are numbered ("Materi 1–8"). */
    private String titles(List<Activity> activities) {
        List<String> parts = new ArrayList<>();
        for (Activity a : activities) {
            if (a.isLeaf()) {
                parts.add(a.title());
                continue;
            }
            List<String> leaves = tree.subtree(a).stream().filter(Activity::isLeaf).filter(x -> !x.optional())
                    .map(Activity::title).toList();
            String range = TitleRanges.of(leaves);
            if (leaves.size() > 1 && range.contains("–")) {
                parts.add(range);
            } else {
                parts.add(a.title());
            }
        }
        return TitleRanges.list(parts);
    }

    private boolean countsForCourseSuccess(Activity leaf) {
        for (Activity x = leaf; !x.isRoot(); x = tree.parent(x).orElseThrow()) {
            RollupRules r = x.sequencing().rollupRules();
            if (!r.rollupObjectiveSatisfied() || !x.sequencing().deliveryControls().tracked()) return false;
        }
        return leaf.sequencing().passMark().isPresent() || leaf.kind() == id.kemas.core.sequencing.ActivityKind.SCO;
    }

    private static String percent(BigDecimal scaled) {
        return Lexical.print(scaled.movePointRight(2)) + "%";
    }

    private void children(Activity a, String indent, StringBuilder out) {
        List<Activity> kids = a.children();
        for (int i = 0; i < kids.size(); i++) {
            boolean last = i == kids.size() - 1;
            out.append(indent).append(last ? "└─ " : "├─ ").append(line(kids.get(i), false)).append('\n');
            children(kids.get(i), indent + (last ? "   " : "│  "), out);
        }
    }
}
