package id.kemas.core.sequencing.compile;

import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.RuleCondition;
import id.kemas.core.sequencing.RuleConditionType;
import id.kemas.core.sequencing.SequencingRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * gated-by (and the gates of forced-sequential): an activity is disabled until every activity it
 * waits for is completed. Each awaited activity writes its completion status to its global
 * objective (4th Edition {@code adlseq:mapInfo writeCompletionStatus}); the gated one reads it into
 * a local objective ({@code readCompletionStatus}) and has one {@code disabled} pre-condition rule:
 * any awaited objective "not completed" or "not activityProgressKnown". The second condition keeps
 * the gate shut where an LMS evaluates an unknown status as neither true nor false.
 */
final class Gating {

    private Gating() {}

    /** Collects gates from gated-by; forced-sequential adds its own through {@link #add}. */
    static Map<Draft, List<Draft>> fromIntent(Context ctx) {
        Map<Draft, List<Draft>> gates = new LinkedHashMap<>();
        for (Draft d : ctx.all()) {
            for (String id : d.intent.gatedBy()) ctx.node(id).ifPresent(source -> add(gates, d, source));
        }
        return gates;
    }

    static void add(Map<Draft, List<Draft>> gates, Draft gated, Draft source) {
        List<Draft> list = gates.computeIfAbsent(gated, k -> new ArrayList<>());
        if (!list.contains(source)) list.add(source);
    }

    static void apply(Context ctx, Map<Draft, List<Draft>> gates) {
        for (Draft gated : ctx.all()) {
            List<Draft> sources = gates.getOrDefault(gated, List.of());
            if (sources.isEmpty()) continue;
            List<RuleCondition> conditions = new ArrayList<>();
            for (Draft source : sources) {
                String local = ObjectiveLinks.readCompletion(ctx, gated, source);
                conditions.add(RuleCondition.not(RuleConditionType.COMPLETED).on(local));
                conditions.add(RuleCondition.not(RuleConditionType.ACTIVITY_PROGRESS_KNOWN).on(local));
            }
            gated.change(x -> x.plus(SequencingRule.when(id.kemas.core.sequencing.ConditionCombination.ANY,
                    conditions, RuleAction.DISABLED)));
        }
    }
}
