package id.kemas.core.sequencing;

import java.util.List;
import java.util.OptionalInt;

/**
 * {@code imsss:randomizationControls}: which of the children take part in an attempt, and in which
 * order. Only meaningful on a cluster.
 */
public record RandomizationControls(RandomizationTiming randomizationTiming, OptionalInt selectCount,
                                    boolean reorderChildren, RandomizationTiming selectionTiming) {

    public static final RandomizationControls DEFAULT =
            new RandomizationControls(RandomizationTiming.NEVER, OptionalInt.empty(), false, RandomizationTiming.NEVER);

    public static final ElementSpec<RandomizationControls> SPEC = new ElementSpec<>("imsss", "randomizationControls",
            DEFAULT, List.of(
            Attribute.token("randomizationTiming", RandomizationTiming.class, RandomizationControls::randomizationTiming,
                    (r, v) -> new RandomizationControls(v, r.selectCount, r.reorderChildren, r.selectionTiming)),
            Attribute.optionalCount("selectCount", RandomizationControls::selectCount,
                    (r, v) -> new RandomizationControls(r.randomizationTiming, v, r.reorderChildren, r.selectionTiming)),
            Attribute.bool("reorderChildren", RandomizationControls::reorderChildren,
                    (r, v) -> new RandomizationControls(r.randomizationTiming, r.selectCount, v, r.selectionTiming)),
            Attribute.token("selectionTiming", RandomizationTiming.class, RandomizationControls::selectionTiming,
                    (r, v) -> new RandomizationControls(r.randomizationTiming, r.selectCount, r.reorderChildren, v))));

    /** Draw {@code count} children, in a new random order, on every new attempt. */
    public static RandomizationControls drawOnEachAttempt(int count) {
        return new RandomizationControls(RandomizationTiming.ON_EACH_NEW_ATTEMPT, OptionalInt.of(count), true,
                RandomizationTiming.ON_EACH_NEW_ATTEMPT);
    }
}
