package id.kemas.validator.cam;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.ManifestCheck;
import id.kemas.validator.manifest.Namespaces;
import id.kemas.validator.manifest.XmlElement;

import java.util.Optional;

/** The manifest's metadata names its schema as "ADL SCORM" (its version is checked when loading). */
public final class MetadataRules implements ManifestCheck {

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        Optional<XmlElement> md = ctx.manifest().root().child(Namespaces.IMSCP, "metadata");
        if (md.isEmpty() || md.get().child(Namespaces.IMSCP, "schemaversion").isEmpty()) return; // MAN-017
        Optional<XmlElement> schema = md.get().child(Namespaces.IMSCP, "schema");
        String value = schema.map(e -> e.text().strip()).orElse("");
        if (!value.equals("ADL SCORM")) {
            problems.report("CAM-041", schema.orElse(md.get()).location(), value.isEmpty() ? "(missing)" : value);
        }
    }
}
