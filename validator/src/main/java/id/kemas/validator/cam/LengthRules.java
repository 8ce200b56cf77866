package id.kemas.validator.cam;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.ManifestCheck;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Namespaces;
import id.kemas.validator.manifest.XmlElement;

/**
 * The "smallest permitted maximum" lengths of the content aggregation model: an LMS must keep at
 * least this many characters, so a longer value may be cut off.
 */
public final class LengthRules implements ManifestCheck {

    @Override
    public String name() {
        return "lengths";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        ContentStructure s = ctx.manifest().structure();
        String cp = s.cp();
        attr(s.root(), "version", 20, problems);
        for (XmlElement e : (Iterable<XmlElement>) s.root().descendantsAndSelf()::iterator) {
            if (e.is(cp, "title")) text(e, "<title>", 200, problems);
            if (e.is(cp, "organization")) attr(e, "structure", 200, problems);
            if (e.is(cp, "item")) {
                attr(e, "parameters", 1000, problems);
                attr(e, "identifierref", 2000, problems);
            }
            if (e.is(cp, "resource")) attr(e, "type", 1000, problems);
            if (e.is(cp, "resource") || e.is(cp, "file")) attr(e, "href", 2000, problems);
            if (e.is(Namespaces.ADLCP, "dataFromLMS")) text(e, "<adlcp:dataFromLMS>", 4000, problems);
            if (e.is(Namespaces.ADLCP, "location")) text(e, "<adlcp:location>", 2000, problems);
            e.attr(Namespaces.XML, "base").filter(v -> v.length() > 2000)
                    .ifPresent(v -> problems.report("CAM-049", e.location(), "xml:base", "<" + e.displayName() + ">", v.length(), 2000));
        }
    }

    private static void attr(XmlElement e, String name, int max, Problems problems) {
        e.attr(name).filter(v -> v.length() > max)
                .ifPresent(v -> problems.report("CAM-049", e.location(), name, "<" + e.displayName() + ">", v.length(), max));
    }

    private static void text(XmlElement e, String what, int max, Problems problems) {
        String v = e.text().strip();
        if (v.length() > max) {
            String on = e.parent().map(p -> "<" + p.displayName() + ">").orElse("the manifest");
            problems.report("CAM-049", e.location(), what, on, v.length(), max);
        }
    }
}
