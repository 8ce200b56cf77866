package id.kemas.core.sequencing;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code adlcp:completionThreshold} (4th Edition form, on an item or the organization).
 *
 * @param completedByMeasure the LMS decides completion from the progress measure
 * @param minProgressMeasure the progress measure at which the activity is completed, in [0, 1]
 * @param progressWeight     weight of this activity's progress in its parent's, in [0, 1]
 */
public record CompletionThreshold(boolean completedByMeasure, BigDecimal minProgressMeasure, BigDecimal progressWeight) {

    public static final CompletionThreshold DEFAULT = new CompletionThreshold(false, BigDecimal.ONE, BigDecimal.ONE);

    public static final ElementSpec<CompletionThreshold> SPEC = new ElementSpec<>("adlcp", "completionThreshold",
            DEFAULT, List.of(
            Attribute.bool("completedByMeasure", CompletionThreshold::completedByMeasure,
                    (c, v) -> new CompletionThreshold(v, c.minProgressMeasure, c.progressWeight)),
            Attribute.decimal("minProgressMeasure", BigDecimal.ZERO, BigDecimal.ONE, CompletionThreshold::minProgressMeasure,
                    (c, v) -> new CompletionThreshold(c.completedByMeasure, v, c.progressWeight)),
            Attribute.decimal("progressWeight", BigDecimal.ZERO, BigDecimal.ONE, CompletionThreshold::progressWeight,
                    (c, v) -> new CompletionThreshold(c.completedByMeasure, c.minProgressMeasure, v))));

    public CompletionThreshold {
        minProgressMeasure = Lexical.canonical(
                Lexical.checkRange(minProgressMeasure, BigDecimal.ZERO, BigDecimal.ONE, "minProgressMeasure"));
        progressWeight = Lexical.canonical(Lexical.checkRange(progressWeight, BigDecimal.ZERO, BigDecimal.ONE, "progressWeight"));
    }
}
