package id.kemas.validator.cam;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.AnyVersionCheck;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Namespaces;
import id.kemas.validator.manifest.XmlElement;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code xml:base} on the manifest, {@code <resources>} and each {@code <resource>}: no backslash,
 * no leading slash, a trailing slash, so that joining base and href by concatenation is safe.
 */
public final class XmlBaseRules implements AnyVersionCheck {

    @Override
    public String name() {
        return "xml-base";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        ContentStructure s = ctx.manifest().structure();
        List<XmlElement> carriers = new ArrayList<>();
        carriers.add(s.root());
        s.resourcesElement().ifPresent(carriers::add);
        carriers.addAll(s.resources());
        for (XmlElement e : carriers) {
            e.attr(Namespaces.XML, "base").ifPresent(base -> {
                String b = base.strip();
                if (b.isEmpty()) return;
                if (b.indexOf('\\') >= 0) problems.report("CAM-013", e.location(), base, e.displayName());
                if (b.startsWith("/")) problems.report("CAM-014", e.location(), base, e.displayName());
                if (!b.endsWith("/")) problems.report("CAM-015", e.location(), base, e.displayName());
            });
        }
    }
}
