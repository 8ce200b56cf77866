package id.kemas.core.sequencing;

import java.util.List;

/**
 * {@code imsss:deliveryControls}.
 *
 * @param tracked                the LMS keeps tracking data for the activity
 * @param completionSetByContent the content reports completion itself; otherwise the LMS marks the
 *                               attempt completed when it ends without a report
 * @param objectiveSetByContent  the content reports success itself; otherwise the LMS marks the
 *                               objective satisfied when the attempt ends without a report
 */
public record DeliveryControls(boolean tracked, boolean completionSetByContent, boolean objectiveSetByContent) {

    public static final DeliveryControls DEFAULT = new DeliveryControls(true, false, false);

    /** Content that reports both completion and success itself. */
    public static final DeliveryControls SET_BY_CONTENT = new DeliveryControls(true, true, true);

    public static final ElementSpec<DeliveryControls> SPEC = new ElementSpec<>("imsss", "deliveryControls", DEFAULT, List.of(
            Attribute.bool("tracked", DeliveryControls::tracked,
                    (d, v) -> new DeliveryControls(v, d.completionSetByContent, d.objectiveSetByContent)),
            Attribute.bool("completionSetByContent", DeliveryControls::completionSetByContent,
                    (d, v) -> new DeliveryControls(d.tracked, v, d.objectiveSetByContent)),
            Attribute.bool("objectiveSetByContent", DeliveryControls::objectiveSetByContent,
                    (d, v) -> new DeliveryControls(d.tracked, d.completionSetByContent, v))));
}
