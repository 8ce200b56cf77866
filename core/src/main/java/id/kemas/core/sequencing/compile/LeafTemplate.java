package id.kemas.core.sequencing.compile;

import id.kemas.core.sequencing.DeliveryControls;
import java.math.BigDecimal;

/**
 * What every leaf gets. kemas SCOs report completion (and, for a quiz with a pass mark, success
 * and score) themselves, so the LMS must not mark them completed or satisfied just because an
 * attempt ended. A quiz's pass mark becomes the primary objective's minimum measure, which the
 * LMS also hands to the SCO as {@code cmi.scaled_passing_score}. Pages without a quiz have no
 * score and no success status, so they count for the course's completion only.
 */
final class LeafTemplate {

    private LeafTemplate() {}

    static void apply(Context ctx) {
        for (Draft d : ctx.all()) {
            if (!d.isLeaf()) continue;
            d.change(x -> x.withDeliveryControls(DeliveryControls.SET_BY_CONTENT));
            if (d.passMark().isPresent()) {
                BigDecimal mark = d.passMark().get();
                d.change(x -> x.withPrimary(o -> o.withSatisfiedByMeasure(true).withMinNormalizedMeasure(mark)));
            } else {
                d.rollup(r -> r.withRollupObjectiveSatisfied(false));
                if (!d.hasQuiz()) d.rollup(r -> r.withObjectiveMeasureWeight(BigDecimal.ZERO));
            }
        }
    }
}
