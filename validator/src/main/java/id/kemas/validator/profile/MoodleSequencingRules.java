package id.kemas.validator.profile;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.ManifestCheck;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Namespaces;
import id.kemas.validator.manifest.XmlElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What stock Moodle does with SCORM 2004 sequencing and ADL extensions: what its import crashes on,
 * drops or stores wrongly, and what its partial sequencer evaluates differently. Each finding names
 * the consequence for learners.
 */
public final class MoodleSequencingRules implements ManifestCheck {

    private static final String SS = Namespaces.IMSSS;

    /** Elements Moodle's import does not read, by namespace and name, with how to name them. */
    private static final Map<String, String> IGNORED = Map.of(
            SS + " randomizationControls", "<imsss:randomizationControls> (selection and randomization)",
            Namespaces.ADLSEQ + " rollupConsiderations", "<adlseq:rollupConsiderations>",
            Namespaces.ADLSEQ + " objectives", "<adlseq:objectives> (score, completion and progress maps)",
            SS + " auxiliaryResources", "<imsss:auxiliaryResources>");

    @Override
    public String name() {
        return "moodle-sequencing";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        ContentStructure s = ctx.manifest().structure();
        List<XmlElement> activities = new ArrayList<>(s.organizations());
        activities.addAll(s.items());
        s.root().child(SS, "sequencingCollection").ifPresent(c -> problems.report("PRF-005", c.location(), "the package"));
        for (XmlElement a : activities) {
            String on = a.localName() + " " + ContentStructure.identifier(a);
            a.child(Namespaces.ADLCP, "data").ifPresent(d -> problems.report("PRF-013", d.location(), on,
                    "<adlcp:data> (shared data; adl.data is not in its run-time)"));
            a.attr(Namespaces.ADLSEQ, "objectivesGlobalToSystem").ifPresent(v -> problems.report("PRF-013", a.location(), on,
                    "adlseq:objectivesGlobalToSystem"));
            a.child(Namespaces.ADLCP, "completionThreshold").ifPresent(t -> problems.report("PRF-011", t.location(), on,
                    t.attr("minProgressMeasure").map(String::strip).orElse("1.0")));
            Optional<XmlElement> seq = a.child(SS, "sequencing");
            if (seq.isEmpty()) continue;
            sequencing(on, seq.get(), problems);
        }
    }

    private static void sequencing(String on, XmlElement seq, Problems problems) {
        seq.attr("IDRef").ifPresent(ref -> problems.report("PRF-005", seq.location(), on));
        seq.descendantsAndSelf().filter(e -> e.is(SS, "mapInfo")).findFirst()
                .ifPresent(m -> problems.report("PRF-004", m.location(), on));
        seq.child(SS, "limitConditions").filter(l -> l.has("", "attemptLimit"))
                .ifPresent(l -> problems.report("PRF-007", l.location(), on));
        seq.child(SS, "rollupRules").filter(r -> !r.children(SS, "rollupRule").isEmpty())
                .ifPresent(r -> problems.report("PRF-010", r.location(), on));
        for (XmlElement child : seq.children()) {
            String name = IGNORED.get(child.namespace() + " " + child.localName());
            if (name != null) problems.report("PRF-013", child.location(), on, name);
        }
        seq.child(SS, "objectives").ifPresent(objs -> {
            boolean allByMeasure = objs.children().stream()
                    .filter(o -> o.is(SS, "primaryObjective") || o.is(SS, "objective"))
                    .allMatch(o -> o.attr("satisfiedByMeasure").map(v -> v.strip().equals("true")).orElse(false));
            if (!allByMeasure) problems.report("PRF-014", objs.location(), on);
        });
        seq.child(SS, "sequencingRules").ifPresent(rules -> {
            for (XmlElement rule : rules.children()) ruleProblem(on, rule, problems);
        });
    }

    private static void ruleProblem(String on, XmlElement rule, Problems problems) {
        String action = rule.child(SS, "ruleAction").flatMap(a -> a.attr("action")).map(String::strip).orElse("");
        String why = switch (rule.localName()) {
            case "preConditionRule" -> switch (action) {
                case "disabled" -> "any activity with a disabled rule is treated as disabled, whatever its conditions";
                case "skip" -> "skip rules act only when learners use Moodle's own next and previous buttons with flow on";
                default -> "its table of contents ignores " + action + ", so every item stays clickable";
            };
            case "postConditionRule" -> "post-condition actions run only from Moodle's own navigation buttons, and "
                    + "navigation requests from the content fail";
            case "exitConditionRule" -> "exit actions are evaluated only when learners use Moodle's own navigation buttons";
            default -> null;
        };
        if (why == null) return;
        boolean referenced = rule.descendantsAndSelf().anyMatch(e -> e.is(SS, "ruleCondition") && e.has("", "referencedObjective"));
        if (referenced) why += "; also, the referenced objectives of its conditions are not saved";
        problems.report("PRF-006", rule.location(), on, action.isEmpty() ? rule.localName() : action, why);
    }
}
