package id.kemas.core.sequencing;

import java.util.List;

/**
 * {@code adlseq:constrainedChoiceConsiderations}.
 *
 * @param preventActivation a new attempt on a child may not be started by choice, only by flow
 * @param constrainChoice   choice is limited to the activities logically next to the current one
 */
public record ConstrainedChoiceConsiderations(boolean preventActivation, boolean constrainChoice) {

    public static final ConstrainedChoiceConsiderations DEFAULT = new ConstrainedChoiceConsiderations(false, false);

    public static final ElementSpec<ConstrainedChoiceConsiderations> SPEC = new ElementSpec<>("adlseq",
            "constrainedChoiceConsiderations", DEFAULT, List.of(
            Attribute.bool("preventActivation", ConstrainedChoiceConsiderations::preventActivation,
                    (c, v) -> new ConstrainedChoiceConsiderations(v, c.constrainChoice)),
            Attribute.bool("constrainChoice", ConstrainedChoiceConsiderations::constrainChoice,
                    (c, v) -> new ConstrainedChoiceConsiderations(c.preventActivation, v))));
}
