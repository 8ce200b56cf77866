package id.kemas.core.sequencing.compile;

import java.math.BigDecimal;

/**
 * What counts for the course's completion, success and score.
 * <ul>
 * <li>optional: the activity counts for none of them ({@code rollupObjectiveSatisfied},
 * {@code rollupProgressCompletion} false, {@code objectiveMeasureWeight} 0). It stays tracked, so
 * the learner still sees its status; {@code tracked="false"} would throw that away.</li>
 * <li>result-from: success and score come only from that test: everything off its path from the
 * organization has {@code rollupObjectiveSatisfied} false and weight 0.</li>
 * <li>Then, bottom-up, a cluster none of whose children count for success (or completion, or
 * score) does not count for it either; otherwise its parent would wait for a status it can never
 * get.</li>
 * </ul>
 */
final class ContributionTemplate {

    private ContributionTemplate() {}

    static void optional(Context ctx) {
        for (Draft d : ctx.all()) {
            if (!d.intent.optional()) continue;
            d.rollup(r -> r.withRollupObjectiveSatisfied(false).withRollupProgressCompletion(false)
                    .withObjectiveMeasureWeight(BigDecimal.ZERO));
        }
    }

    static void resultFrom(Context ctx) {
        ctx.course.sequencing().resultFrom().flatMap(ctx::node).ifPresent(test -> {
            if (test.passMark().isEmpty()) {
                ctx.report("SEQ-143", ctx.course.sequencing().location("result-from", ctx.course.source()), test.id);
            }
            for (Draft d : ctx.all()) {
                if (d == test || test.isWithin(d)) continue;
                d.rollup(r -> r.withRollupObjectiveSatisfied(false).withObjectiveMeasureWeight(BigDecimal.ZERO));
            }
        });
    }

    static void clusters(Draft d) {
        for (Draft c : d.children) if (!c.isLeaf()) clusters(c);
        if (d.isLeaf() || d.isRoot()) return;
        if (d.children.stream().noneMatch(c -> c.definition.rollupRules().rollupObjectiveSatisfied() && tracked(c))) {
            d.rollup(r -> r.withRollupObjectiveSatisfied(false));
        }
        if (d.children.stream().noneMatch(c -> c.definition.rollupRules().rollupProgressCompletion() && tracked(c))) {
            d.rollup(r -> r.withRollupProgressCompletion(false));
        }
        if (d.children.stream().noneMatch(c -> c.definition.rollupRules().scored() && tracked(c))) {
            d.rollup(r -> r.withObjectiveMeasureWeight(BigDecimal.ZERO));
        }
    }

    private static boolean tracked(Draft d) {
        return d.definition.deliveryControls().tracked();
    }
}
