package id.kemas.core.sequencing;

import java.util.List;

/**
 * {@code adlseq:rollupConsiderations}: when this activity counts for each kind of its parent's
 * rollup.
 *
 * @param measureSatisfactionIfActive an active activity's measure may decide its satisfaction
 */
public record RollupConsiderations(RollupConsideration requiredForSatisfied, RollupConsideration requiredForNotSatisfied,
                                   RollupConsideration requiredForCompleted, RollupConsideration requiredForIncomplete,
                                   boolean measureSatisfactionIfActive) {

    public static final RollupConsiderations DEFAULT = new RollupConsiderations(RollupConsideration.ALWAYS,
            RollupConsideration.ALWAYS, RollupConsideration.ALWAYS, RollupConsideration.ALWAYS, true);

    public static final ElementSpec<RollupConsiderations> SPEC = new ElementSpec<>("adlseq", "rollupConsiderations",
            DEFAULT, List.of(
            Attribute.token("requiredForSatisfied", RollupConsideration.class, RollupConsiderations::requiredForSatisfied,
                    (r, v) -> new RollupConsiderations(v, r.requiredForNotSatisfied, r.requiredForCompleted,
                            r.requiredForIncomplete, r.measureSatisfactionIfActive)),
            Attribute.token("requiredForNotSatisfied", RollupConsideration.class,
                    RollupConsiderations::requiredForNotSatisfied,
                    (r, v) -> new RollupConsiderations(r.requiredForSatisfied, v, r.requiredForCompleted,
                            r.requiredForIncomplete, r.measureSatisfactionIfActive)),
            Attribute.token("requiredForCompleted", RollupConsideration.class, RollupConsiderations::requiredForCompleted,
                    (r, v) -> new RollupConsiderations(r.requiredForSatisfied, r.requiredForNotSatisfied, v,
                            r.requiredForIncomplete, r.measureSatisfactionIfActive)),
            Attribute.token("requiredForIncomplete", RollupConsideration.class,
                    RollupConsiderations::requiredForIncomplete,
                    (r, v) -> new RollupConsiderations(r.requiredForSatisfied, r.requiredForNotSatisfied,
                            r.requiredForCompleted, v, r.measureSatisfactionIfActive)),
            Attribute.bool("measureSatisfactionIfActive", RollupConsiderations::measureSatisfactionIfActive,
                    (r, v) -> new RollupConsiderations(r.requiredForSatisfied, r.requiredForNotSatisfied,
                            r.requiredForCompleted, r.requiredForIncomplete, v))));

    /** The same consideration for all four kinds of rollup. */
    public static RollupConsiderations all(RollupConsideration c) {
        return new RollupConsiderations(c, c, c, c, true);
    }
}
