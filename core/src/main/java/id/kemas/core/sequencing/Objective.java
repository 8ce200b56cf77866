package id.kemas.core.sequencing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code imsss:primaryObjective} or {@code imsss:objective}. The primary objective is the one whose
 * status is the activity's (and rolls up); others are tracked beside it. A non-primary objective
 * without an ID cannot be built.
 *
 * @param satisfiedByMeasure   the LMS decides satisfaction from the measure and the minimum
 * @param minNormalizedMeasure the pass mark as a measure in [-1, 1] (the element's default is 1)
 */
public record Objective(boolean primary, Optional<String> objectiveId, boolean satisfiedByMeasure,
                        BigDecimal minNormalizedMeasure, List<ObjectiveMap> maps) {

    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    /** The primary objective as the schema defaults it. */
    public static final Objective PRIMARY = new Objective(true, Optional.empty(), false, BigDecimal.ONE, List.of());

    public static final ElementSpec<Objective> SPEC = new ElementSpec<>("imsss", "objective", PRIMARY, List.of(
            Attribute.optionalText("objectiveID", Objective::objectiveId,
                    (o, v) -> new Objective(o.primary, v, o.satisfiedByMeasure, o.minNormalizedMeasure, o.maps),
                    t -> Lexical.uri(t, "objectiveID")),
            Attribute.bool("satisfiedByMeasure", Objective::satisfiedByMeasure, Objective::withSatisfiedByMeasure)));

    /** The element {@code imsss:minNormalizedMeasure}, read and printed like an attribute. */
    public static final Attribute<Objective> MIN_NORMALIZED_MEASURE = Attribute.decimal("minNormalizedMeasure",
            MINUS_ONE, BigDecimal.ONE, Objective::minNormalizedMeasure, Objective::withMinNormalizedMeasure);

    public Objective {
        maps = List.copyOf(maps);
        objectiveId = objectiveId.map(id -> Lexical.uri(id, "objectiveID"));
        if (!primary && objectiveId.isEmpty()) throw new IllegalArgumentException("an objective needs an objectiveID");
        minNormalizedMeasure = Lexical.canonical(
                Lexical.checkRange(minNormalizedMeasure, MINUS_ONE, BigDecimal.ONE, "minNormalizedMeasure"));
    }

    /** A non-primary objective with defaults. */
    public static Objective named(String objectiveId) {
        return new Objective(false, Optional.of(objectiveId), false, BigDecimal.ONE, List.of());
    }

    public Objective withId(String id) {
        return new Objective(primary, Optional.of(id), satisfiedByMeasure, minNormalizedMeasure, maps);
    }

    public Objective withSatisfiedByMeasure(boolean v) {
        return new Objective(primary, objectiveId, v, minNormalizedMeasure, maps);
    }

    public Objective withMinNormalizedMeasure(BigDecimal v) {
        return new Objective(primary, objectiveId, satisfiedByMeasure, v, maps);
    }

    public Objective plus(ObjectiveMap map) {
        List<ObjectiveMap> all = new ArrayList<>(maps);
        all.add(map);
        return new Objective(primary, objectiveId, satisfiedByMeasure, minNormalizedMeasure, all);
    }

    /** The pass mark, when the LMS decides satisfaction by measure. */
    public Optional<BigDecimal> passMark() {
        return satisfiedByMeasure ? Optional.of(minNormalizedMeasure) : Optional.empty();
    }
}
