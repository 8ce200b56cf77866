package id.kemas.validator.cam;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.ManifestCheck;
import id.kemas.validator.manifest.Namespaces;
import id.kemas.validator.manifest.XmlElement;

import java.util.Map;
import java.util.Set;

/**
 * ADL attributes and elements that the schemas declare globally (so their wildcards accept them
 * anywhere) but that the SCORM rules allow in one place only.
 */
public final class PlacementRules implements ManifestCheck {

    private record Place(String ns, String local, String display) {
    }

    /** Attribute → the one element it may appear on. */
    private static final Map<Place, String> ATTRIBUTES = Map.of(
            new Place(Namespaces.ADLCP, "scormType", "adlcp:scormType"), "resource",
            new Place(Namespaces.ADLSEQ, "objectivesGlobalToSystem", "adlseq:objectivesGlobalToSystem"), "organization",
            new Place(Namespaces.ADLCP, "sharedDataGlobalToSystem", "adlcp:sharedDataGlobalToSystem"), "organization");

    /** Element → the parents it may have. */
    private static final Map<Place, Set<String>> ELEMENTS = Map.of(
            new Place(Namespaces.ADLCP, "timeLimitAction", "adlcp:timeLimitAction"), Set.of("item"),
            new Place(Namespaces.ADLCP, "dataFromLMS", "adlcp:dataFromLMS"), Set.of("item"),
            new Place(Namespaces.ADLCP, "data", "adlcp:data"), Set.of("item"),
            new Place(Namespaces.ADLNAV, "presentation", "adlnav:presentation"), Set.of("item"),
            new Place(Namespaces.ADLCP, "completionThreshold", "adlcp:completionThreshold"), Set.of("item", "organization"),
            new Place(Namespaces.ADLCP, "location", "adlcp:location"), Set.of("metadata"));

    @Override
    public String name() {
        return "placement";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        ctx.manifest().root().descendantsAndSelf().forEach(e -> {
            for (var a : ATTRIBUTES.entrySet()) {
                Place p = a.getKey();
                if (e.has(p.ns(), p.local()) && !isCp(e, a.getValue())) {
                    problems.report("CAM-051", e.location(), p.display(), a.getValue(), e.displayName());
                }
            }
            for (var el : ELEMENTS.entrySet()) {
                Place p = el.getKey();
                if (!e.is(p.ns(), p.local())) continue;
                XmlElement parent = e.parent().orElse(null);
                if (parent == null) continue;
                boolean ok = el.getValue().stream().anyMatch(name -> isCp(parent, name));
                if (!ok) {
                    String allowed = String.join(" or ", el.getValue().stream().sorted().map(n -> "<" + n + ">").toList());
                    problems.report("CAM-056", e.location(), p.display(), allowed, parent.displayName());
                }
            }
        });
    }

    private static boolean isCp(XmlElement e, String local) {
        return e.is(Namespaces.IMSCP, local);
    }
}
