package id.kemas.validator.cam;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.ManifestCheck;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Ids;
import id.kemas.validator.manifest.Namespaces;
import id.kemas.validator.manifest.XmlElement;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * ADL extensions on items, only where they mean something: time limit action, launch data and
 * the legacy completion threshold on items that launch a SCO; presentation and shared data maps on
 * items that launch a SCO or an asset.
 */
public final class ItemExtensionRules implements ManifestCheck {

    private static final String CP = Namespaces.ADLCP;
    private static final String NAV = Namespaces.ADLNAV;

    @Override
    public String name() {
        return "item-extensions";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        ContentStructure s = ctx.manifest().structure();
        for (XmlElement item : s.items()) {
            String id = Activities.id(item);
            Optional<XmlElement> launched = s.isLeaf(item) ? s.launched(item) : Optional.empty();
            boolean sco = launched.map(s::isSco).orElse(false);
            item.child(CP, "timeLimitAction").filter(e -> !sco).ifPresent(e -> problems.report("CAM-016", e.location(), id));
            item.child(CP, "dataFromLMS").filter(e -> !sco).ifPresent(e -> problems.report("CAM-017", e.location(), id));
            item.child(CP, "completionThreshold").ifPresent(t -> threshold(t, "item " + id, s.isLeaf(item), sco, problems));
            item.child(NAV, "presentation").filter(e -> launched.isEmpty())
                    .ifPresent(e -> problems.report("CAM-021", e.location(), id));
            item.child(CP, "data").ifPresent(d -> {
                if (launched.isEmpty()) problems.report("CAM-022", d.location(), id);
                Set<String> targets = new HashSet<>();
                for (XmlElement map : d.children(CP, "map")) {
                    String target = Ids.collapse(map.attr("targetID").orElse(""));
                    if (!target.isEmpty() && !targets.add(target)) problems.report("CAM-050", map.location(), id, target);
                }
            });
            item.child(NAV, "presentation").flatMap(p -> p.child(NAV, "navigationInterface")).ifPresent(ni -> {
                Set<String> seen = new HashSet<>();
                for (XmlElement h : ni.children(NAV, "hideLMSUI")) {
                    String v = h.text().strip();
                    if (!seen.add(v)) problems.report("CAM-054", h.location(), "item " + id, v);
                }
            });
        }
        for (XmlElement org : s.organizations()) {
            org.child(CP, "completionThreshold").ifPresent(t -> threshold(t, "organization " + Activities.id(org), false, false, problems));
        }
    }

    /** Legacy form (a value inside): SCO items only, deprecated. 4th Edition form: not on leaf non-SCO items. */
    private static void threshold(XmlElement t, String on, boolean leaf, boolean sco, Problems problems) {
        String value = t.text().strip();
        if (!value.isEmpty()) {
            problems.report("CAM-019", t.location(), on, value);
            if (!isFraction(value)) problems.report("CAM-020", t.location(), on, value);
            if (!sco) problems.report("CAM-018", t.location(), on, " (the value-inside form is allowed on SCO items only)");
        } else if (leaf && !sco) {
            problems.report("CAM-018", t.location(), on, "");
        }
    }

    private static boolean isFraction(String v) {
        try {
            BigDecimal d = new BigDecimal(v);
            return d.signum() >= 0 && d.compareTo(BigDecimal.ONE) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
