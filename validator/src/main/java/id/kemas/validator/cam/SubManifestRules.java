package id.kemas.validator.cam;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.AnyVersionCheck;
import id.kemas.validator.manifest.XmlElement;

/** Sub-manifests are reported; their content is not validated further (as in the ADL suite). */
public final class SubManifestRules implements AnyVersionCheck {

    @Override
    public String name() {
        return "sub-manifests";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        for (XmlElement sub : ctx.manifest().structure().subManifests()) {
            problems.report("CAM-035", sub.location(), Activities.id(sub));
        }
    }
}
