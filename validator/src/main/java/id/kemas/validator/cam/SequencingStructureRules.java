package id.kemas.validator.cam;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.ManifestCheck;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Ids;
import id.kemas.validator.manifest.XmlElement;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static id.kemas.validator.cam.Activities.SS;

/**
 * The structural sequencing rules of the content aggregation model: shared definitions have IDs and
 * nothing else does, IDRefs name shared definitions, the organization's post-condition actions make
 * sense for a root activity, and the optional time-based features are flagged.
 */
public final class SequencingStructureRules implements ManifestCheck {

    /** Post-condition actions that a root activity cannot perform. */
    private static final Set<String> NOT_AT_ROOT = Set.of("exitParent", "previous");

    private static final List<String> OPTIONAL_LIMITS = List.of("attemptExperiencedDurationLimit",
            "activityAbsoluteDurationLimit", "activityExperiencedDurationLimit", "beginTimeLimit", "endTimeLimit");

    private static final Set<String> OPTIONAL_CONDITIONS = Set.of("timeLimitExceeded", "outsideAvailableTimeRange");

    @Override
    public String name() {
        return "sequencing-structure";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        ContentStructure s = ctx.manifest().structure();
        Activities acts = new Activities(s);
        for (XmlElement shared : acts.collection()) {
            if (shared.attr("ID").map(String::isBlank).orElse(true)) problems.report("CAM-023", shared.location());
            if (shared.has("", "IDRef")) problems.report("CAM-026", shared.location());
        }
        for (XmlElement activity : acts.all()) {
            acts.own(activity).ifPresent(seq -> {
                String on = Activities.describe(activity);
                if (seq.has("", "ID")) problems.report("CAM-024", seq.location(), on);
                seq.attr("IDRef").ifPresent(ref -> {
                    // A reference to nothing at all is the schema's IDREF error (XSD-019).
                    if (acts.shared(ref).isEmpty() && s.declares(ref)) {
                        problems.report("CAM-025", seq.location(), on, Ids.collapse(ref));
                    }
                });
                seq.child(SS, "randomizationControls").ifPresent(rc -> rc.attr("selectCount").ifPresent(n -> {
                    int children = s.childItems(activity).size();
                    try {
                        if (Integer.parseInt(n.strip()) > children) problems.report("CAM-052", rc.location(), on, n.strip(), children);
                    } catch (NumberFormatException badNumber) {
                        // the schema reports it
                    }
                }));
            });
            if (acts.isOrganization(activity)) rootPostConditions(acts, activity, problems);
        }
        Stream.concat(acts.all().stream().flatMap(a -> acts.own(a).stream()), acts.collection().stream())
                .forEach(seq -> optionalFeatures(seq, problems));
    }

    private static void rootPostConditions(Activities acts, XmlElement org, Problems problems) {
        acts.effective(org, SS, "sequencingRules").ifPresent(rules -> {
            for (XmlElement rule : rules.children(SS, "postConditionRule")) {
                rule.child(SS, "ruleAction").ifPresent(action -> {
                    String a = action.attr("action").map(String::strip).orElse("");
                    if (NOT_AT_ROOT.contains(a)) problems.report("CAM-034", action.location(), a);
                });
            }
        });
    }

    private static void optionalFeatures(XmlElement seq, Problems problems) {
        String on = Activities.describe(seq);
        seq.child(SS, "limitConditions").ifPresent(lc -> {
            for (String attr : OPTIONAL_LIMITS) {
                if (lc.has("", attr)) problems.report("CAM-046", lc.location(), on, attr);
            }
        });
        seq.child(SS, "auxiliaryResources").ifPresent(ax -> problems.report("CAM-047", ax.location(), on));
        seq.descendantsAndSelf()
                .filter(e -> e.is(SS, "ruleCondition") || e.is(SS, "rollupCondition"))
                .forEach(c -> c.attr("condition").map(String::strip).filter(OPTIONAL_CONDITIONS::contains)
                        .ifPresent(cond -> problems.report("CAM-048", c.location(), on, cond)));
    }
}
