package id.kemas.validator.cam;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.AnyVersionCheck;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Ids;
import id.kemas.validator.manifest.XmlElement;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Organizations and items: one resolvable default organization, titles, leaf items that launch a
 * resource and parents that do not, and item parameters. Applies to SCORM 2004 and 1.2.
 */
public final class StructureRules implements AnyVersionCheck {

    private static final String PCHAR = "(?:[A-Za-z0-9\\-._~!$'()*+,;:@/?]|%[0-9A-Fa-f]{2})";
    private static final String PAIR = PCHAR + "+=" + PCHAR + "+";
    private static final String FRAGMENT = "#(?:" + PCHAR + "|[&=#])*";
    /** Content Packaging parameters: {@code #frag}, {@code ?a=b&c=d#frag} or {@code a=b&c=d#frag}. */
    static final Pattern PARAMETERS = Pattern.compile(
            "^(?:" + FRAGMENT + "|\\??" + PAIR + "(?:&" + PAIR + ")*(?:" + FRAGMENT + ")?)$");

    @Override
    public String name() {
        return "structure";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        ContentStructure s = ctx.manifest().structure();
        Optional<XmlElement> orgs = s.organizationsElement();
        if (orgs.isEmpty()) return; // the schema requires it and reports its absence
        if (s.organizations().isEmpty()) {
            problems.report("CAM-003", orgs.get().location());
            return;
        }
        Optional<String> def = orgs.get().attr("default");
        if (def.isEmpty()) {
            problems.report("CAM-001", orgs.get().location());
        } else if (s.defaultOrganization().isEmpty() && s.declares(def.get())) {
            // A default that names nothing at all is the schema's IDREF error (XSD-019).
            problems.report("CAM-002", orgs.get().location(), Ids.collapse(def.get()));
        }
        for (XmlElement org : s.organizations()) {
            if (org.child(s.cp(), "title").isEmpty()) problems.report("CAM-004", org.location(), Activities.id(org));
        }
        for (XmlElement item : s.items()) checkItem(s, item, problems);
    }

    private static void checkItem(ContentStructure s, XmlElement item, Problems problems) {
        String id = Activities.id(item);
        if (item.child(s.cp(), "title").isEmpty()) problems.report("CAM-005", item.location(), id);
        Optional<String> ref = item.attr("identifierref");
        boolean leaf = s.isLeaf(item);
        if (leaf && ref.isEmpty()) problems.report("CAM-006", item.location(), id);
        if (!leaf && ref.isPresent()) problems.report("CAM-007", item.location(), id);
        if (ref.isPresent() && s.resource(ref.get()).isEmpty()) {
            if (s.inSubManifest(ref.get())) problems.report("CAM-036", item.location(), id, Ids.collapse(ref.get()));
            else problems.report("CAM-008", item.location(), id, Ids.collapse(ref.get()));
        }
        Optional<String> params = item.attr("parameters");
        if (params.isPresent() && !params.get().isEmpty()) {
            if (ref.isEmpty()) problems.report("CAM-045", item.location(), id);
            else if (!PARAMETERS.matcher(params.get().strip()).matches()) {
                problems.report("CAM-044", item.location(), id, params.get());
            }
        }
    }
}
