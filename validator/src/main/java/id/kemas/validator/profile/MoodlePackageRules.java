package id.kemas.validator.profile;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.AnyVersionCheck;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Namespaces;
import id.kemas.validator.manifest.XmlElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What stock Moodle ({@code mod_scorm}) and the Moodle app do differently with a package's
 * structure: the version it recognises, the app's SCORM 1.2 only rule, organizations, the root
 * item its buttons need, SCOs after the first, suspend data and {@code xml:base}.
 */
public final class MoodlePackageRules implements AnyVersionCheck {

    /** The schema versions Moodle reads as SCORM 2004 (exact text); anything else is imported as 1.2. */
    private static final Set<String> MOODLE_2004_VERSIONS = Set.of("2004 4th Edition", "2004 3rd Edition", "CAM 1.3", "1.3");

    @Override
    public String name() {
        return "moodle-package";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        ContentStructure s = ctx.manifest().structure();
        XmlElement root = s.root();
        boolean v2004 = ctx.kind().isScorm2004();
        if (v2004) {
            boolean recognised = ctx.manifest().schemaVersion().map(MOODLE_2004_VERSIONS::contains).orElse(false);
            if (!recognised) problems.report("PRF-015", root.location());
            else problems.report("PRF-001", root.location(), ctx.kind().label());
        } else {
            problems.report("PRF-008", root.location(), 4096, ctx.kind().label(),
                    " when the site's SCORM 1.2 standard mode is on (64,000 when it is off)");
        }
        if (s.organizations().size() > 1) {
            problems.report("PRF-002", s.organizationsElement().orElseThrow().location(), s.organizations().size());
        }
        Optional<XmlElement> org = s.defaultOrganization().or(() -> s.organizations().stream().findFirst());
        if (org.isPresent()) {
            List<XmlElement> launchable = s.launchingItems().stream().filter(i -> inside(org.get(), i)).toList();
            List<XmlElement> top = s.childItems(org.get());
            boolean singleRoot = top.size() == 1 && top.get(0).attr("identifierref").isEmpty() && !s.isLeaf(top.get(0));
            if (launchable.size() > 1 && !singleRoot) {
                problems.report("PRF-003", org.get().location(), ContentStructure.identifier(org.get()));
            }
            long scos = launchable.stream().filter(i -> s.launched(i).map(s::isSco).orElse(false)).count();
            if (v2004 && scos > 1) problems.report("PRF-009", org.get().location(), scos);
        }
        List<XmlElement> carriers = new ArrayList<>(List.of(root));
        s.resourcesElement().ifPresent(carriers::add);
        for (XmlElement c : carriers) {
            if (!c.attr(Namespaces.XML, "base").orElse("").isBlank()) problems.report("PRF-012", c.location(), c.displayName());
        }
    }

    private static boolean inside(XmlElement ancestor, XmlElement e) {
        for (Optional<XmlElement> p = e.parent(); p.isPresent(); p = p.get().parent()) {
            if (p.get() == ancestor) return true;
        }
        return false;
    }
}
