package id.kemas.validator.cam;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.AnyVersionCheck;
import id.kemas.validator.files.PackagePath;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Ids;
import id.kemas.validator.manifest.XmlElement;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resources, their files and dependencies: dependencies resolve, every resource says whether it
 * is a SCO or an asset, a launched resource has an href that is also one of its files, hrefs are
 * well-formed relative paths, and no resource is left unused.
 */
public final class ResourceRules implements AnyVersionCheck {

    @Override
    public String name() {
        return "resources";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        ContentStructure s = ctx.manifest().structure();
        boolean scorm2004 = ctx.kind().isScorm2004();
        Map<XmlElement, XmlElement> launchedBy = new IdentityHashMap<>();
        for (XmlElement item : s.items()) {
            if (s.isLeaf(item)) s.launched(item).ifPresent(r -> launchedBy.putIfAbsent(r, item));
        }
        Set<String> used = new HashSet<>();
        s.items().forEach(i -> i.attr("identifierref").ifPresent(ref -> used.add(Ids.collapse(ref))));
        for (XmlElement r : s.resources()) {
            for (XmlElement dep : r.children(s.cp(), "dependency")) {
                dep.attr("identifierref").ifPresent(ref -> {
                    used.add(Ids.collapse(ref));
                    if (s.resource(ref).isEmpty()) problems.report("CAM-009", dep.location(), Activities.id(r), Ids.collapse(ref));
                });
            }
        }
        for (XmlElement r : s.resources()) {
            String id = Activities.id(r);
            if (s.scormType(r).isEmpty()) problems.report("CAM-010", r.location(), id, s.scormTypeAttributeName());
            r.attr("href").ifPresent(h -> checkHref(h, r, scorm2004, problems));
            for (XmlElement f : r.children(s.cp(), "file")) f.attr("href").ifPresent(h -> checkHref(h, f, scorm2004, problems));
            XmlElement item = launchedBy.get(r);
            if (item != null) {
                Optional<String> href = r.attr("href");
                if (href.isEmpty() || href.get().isBlank()) {
                    problems.report("CAM-011", r.location(), id, Activities.id(item));
                } else if (scorm2004) {
                    checkListed(s, r, href.get(), problems);
                }
            }
            if (!used.contains(ContentStructure.identifier(r))) problems.report("CAM-043", r.location(), id);
        }
    }

    /** The launch file must be one of the resource's files, or of a resource it depends on. */
    private static void checkListed(ContentStructure s, XmlElement r, String href, Problems problems) {
        if (!(PackagePath.resolve(s.xmlBase(r), href) instanceof PackagePath.Inside launch)) return;
        Deque<XmlElement> todo = new ArrayDeque<>();
        Set<XmlElement> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(r);
        while (!todo.isEmpty()) {
            XmlElement res = todo.poll();
            if (!seen.add(res)) continue;
            String base = s.xmlBase(res);
            for (XmlElement f : res.children(s.cp(), "file")) {
                Optional<String> fh = f.attr("href");
                if (fh.isPresent() && PackagePath.resolve(base, fh.get()) instanceof PackagePath.Inside p
                        && p.path().equals(launch.path())) {
                    return;
                }
            }
            for (XmlElement dep : res.children(s.cp(), "dependency")) {
                dep.attr("identifierref").flatMap(s::resource).ifPresent(todo::add);
            }
        }
        problems.report("CAM-012", r.location(), Activities.id(r), launch.path());
    }

    private static void checkHref(String href, XmlElement on, boolean scorm2004, Problems problems) {
        String h = href.strip();
        String where = on.displayName();
        if (h.indexOf('\\') >= 0) problems.report("CAM-039", on.location(), href, where, "contains a backslash");
        if (h.startsWith("/")) problems.report("CAM-039", on.location(), href, where, "starts with a slash");
        if (h.regionMatches(true, 0, "file:", 0, 5)) problems.report("CAM-039", on.location(), href, where, "uses file:");
        if (scorm2004 && !PackagePath.isExternal(h)) {
            String path = PackagePath.withoutQuery(h);
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (!last.isEmpty() && last.lastIndexOf('.') <= 0) problems.report("CAM-040", on.location(), href, where);
        }
    }
}
