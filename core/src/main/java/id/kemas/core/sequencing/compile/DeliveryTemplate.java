package id.kemas.core.sequencing.compile;

import id.kemas.core.sequencing.HideLmsUi;
import id.kemas.core.sequencing.RandomizationControls;
import java.util.List;

/**
 * random-bank: a cluster of interchangeable tests of which each attempt draws n, in a new random
 * order ({@code selectCount}, selection and randomization on each new attempt).
 * hide-lms-ui: while the leaf runs, the LMS hides all its navigation controls, so a test is
 * left only through its own buttons (which issue the navigation requests themselves).
 */
final class DeliveryTemplate {

    private DeliveryTemplate() {}

    static void apply(Context ctx) {
        for (Draft d : ctx.all()) {
            if (d.intent.randomBank().isPresent()) {
                int n = d.intent.randomBank().getAsInt();
                if (d.isLeaf()) {
                    ctx.report("SEQ-146", d.at("random-bank"), d.id, "is a leaf: it has no children to draw from");
                } else if (n > d.children.size()) {
                    ctx.report("SEQ-146", d.at("random-bank"), d.id,
                            "draws " + n + " but the cluster has only " + d.children.size() + " children");
                } else {
                    d.change(x -> x.withRandomizationControls(RandomizationControls.drawOnEachAttempt(n)));
                }
            }
            if (d.intent.hideLmsUi()) {
                if (d.isLeaf()) d.settings = d.settings.withHideLmsUi(List.of(HideLmsUi.values()));
                else ctx.report("SEQ-147", d.at("hide-lms-ui"), d.id);
            }
        }
    }
}
