package id.kemas.export.render.course;

import id.kemas.core.i18n.UiStrings;
import id.kemas.core.rules.CourseRules;
import id.kemas.core.rules.RuleNode;
import id.kemas.core.sequencing.ConditionCombination;
import id.kemas.core.sequencing.ConditionOperator;
import id.kemas.core.sequencing.RollupCondition;
import id.kemas.core.sequencing.RollupConsiderations;
import id.kemas.core.sequencing.RollupRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule table as the course script reads it (the {@code rules} member of its data): one map per
 * row, rows referred to by index, and the lock reasons already in the course's language.
 */
public final class RuleTable {

    private RuleTable() {}

    public static List<Object> toRuntime(CourseRules rules, UiStrings ui) {
        List<Object> rows = new ArrayList<>();
        for (RuleNode n : rules.nodes()) rows.add(row(n, rules, ui));
        return rows;
    }

    private static Map<String, Object> row(RuleNode n, CourseRules rules, UiStrings ui) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("title", n.title());
        m.put("parent", n.parent());
        m.put("children", n.children());
        m.put("material", n.material());
        m.put("optional", n.optional());
        m.put("tracked", n.tracked());
        m.put("choice", n.controlMode().choice());
        m.put("flow", n.controlMode().flow());
        m.put("forwardOnly", n.controlMode().forwardOnly());
        m.put("satisfied", n.rollup().rollupObjectiveSatisfied());
        m.put("completion", n.rollup().rollupProgressCompletion());
        m.put("weight", n.rollup().objectiveMeasureWeight().doubleValue());
        RollupConsiderations c = n.considerations();
        m.put("required", List.of(c.requiredForSatisfied().xml(), c.requiredForNotSatisfied().xml(),
                c.requiredForCompleted().xml(), c.requiredForIncomplete().xml()));
        List<Object> rollupRules = new ArrayList<>();
        for (RollupRule r : n.rollup().rules()) rollupRules.add(rule(r));
        m.put("rules", rollupRules);
        m.put("gates", n.gates());
        m.put("gateText", n.gates().isEmpty() ? null : ui.get("course.locked.gate", list(n.gateNames(), ui)));
        m.put("attempts", n.attemptLimit().isPresent() ? n.attemptLimit().getAsInt() : null);
        m.put("passing", n.passing().map(p -> (Object) p.doubleValue()).orElse(null));
        m.put("remediation", n.remediation().isPresent() ? n.remediation().getAsInt() : null);
        m.put("remediationText", n.remediation().isPresent()
                ? ui.get("course.locked.remediation", rules.nodes().get(n.remediation().getAsInt()).title()) : null);
        m.put("skippedBy", n.skippedBy());
        m.put("skippedText", n.skippedBy().isEmpty() ? null : ui.get("course.state.skipped",
                list(n.skippedBy().stream().map(i -> rules.nodes().get(i).title()).toList(), ui)));
        m.put("select", n.select().isPresent() ? n.select().getAsInt() : null);
        return m;
    }

    private static Map<String, Object> rule(RollupRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("set", r.childActivitySet().xml());
        m.put("count", r.minimumCount());
        m.put("percent", r.minimumPercent().doubleValue());
        m.put("all", r.combination() == ConditionCombination.ALL);
        List<Object> conditions = new ArrayList<>();
        for (RollupCondition c : r.conditions()) {
            conditions.add(List.of(c.condition().xml(), c.operator() == ConditionOperator.NOT));
        }
        m.put("conditions", conditions);
        m.put("action", r.action().xml());
        return m;
    }

    /** "A", "A dan B", "A, B dan C". */
    static String list(List<String> names, UiStrings ui) {
        if (names.size() <= 1) return String.join("", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + ui.get("course.list.and") + " "
                + names.get(names.size() - 1);
    }
}
