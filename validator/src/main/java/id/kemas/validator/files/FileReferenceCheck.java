package id.kemas.validator.files;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.AnyVersionCheck;
import id.kemas.validator.container.FileIndex;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Manifest;
import id.kemas.validator.manifest.Namespaces;
import id.kemas.validator.manifest.XmlElement;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 6: every file the manifest names exists, with exactly that letter case; resources that
 * point outside the package are reported; files the manifest does not list are reported too
 * (schemas, DTDs and the manifest itself excepted).
 */
public final class FileReferenceCheck implements AnyVersionCheck {

    @Override
    public String name() {
        return "files";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        ContentStructure s = ctx.manifest().structure();
        FileIndex files = ctx.files();
        Set<String> referenced = new HashSet<>();
        for (XmlElement r : s.resources()) {
            String base = s.xmlBase(r);
            String id = ContentStructure.identifier(r);
            r.attr("href").filter(h -> !h.isBlank()).ifPresent(h -> {
                PackagePath.Resolved p = PackagePath.resolve(base, h);
                if (p instanceof PackagePath.External ext) problems.report("RES-004", r.location(), id, ext.url());
                else check(p, r, "resource " + id, "RES-007", id, files, referenced, problems);
            });
            for (XmlElement f : r.children(s.cp(), "file")) {
                f.attr("href").filter(h -> !h.isBlank()).ifPresent(h -> {
                    PackagePath.Resolved p = PackagePath.resolve(base, h);
                    if (p instanceof PackagePath.External ext) problems.report("RES-009", f.location(), ext.url());
                    else check(p, f, "<file>", "RES-001", null, files, referenced, problems);
                });
            }
        }
        s.root().descendantsAndSelf().filter(e -> e.is(Namespaces.ADLCP, "location")).forEach(loc -> {
            PackagePath.Resolved p = PackagePath.resolve(baseFor(s, loc), loc.text().strip());
            if (!(p instanceof PackagePath.External)) check(p, loc, "adlcp:location", "RES-008", null, files, referenced, problems);
        });
        // Files that sub-manifests list are theirs; they are not checked, but they are not strays.
        for (XmlElement sub : s.subManifests()) {
            sub.descendantsAndSelf().filter(e -> e.is(s.cp(), "file")).forEach(f -> f.attr("href").ifPresent(h -> {
                if (PackagePath.resolve("", h) instanceof PackagePath.Inside in) referenced.add(in.path());
            }));
        }
        for (String path : files.paths()) {
            if (!referenced.contains(path) && !exempt(path)) problems.report("RES-003", Location.of(path), path);
        }
    }

    private static void check(PackagePath.Resolved p, XmlElement at, String who, String missingId, String resourceId,
                              FileIndex files, Set<String> referenced, Problems problems) {
        Location where = at.location();
        if (p instanceof PackagePath.AboveRoot a) {
            problems.report("RES-005", where, a.reference());
        } else if (p instanceof PackagePath.BadEscape b) {
            problems.report("RES-006", where, b.reference());
        } else if (p instanceof PackagePath.Inside in) {
            String path = in.path();
            if (files.contains(path)) {
                referenced.add(path);
                return;
            }
            Optional<String> other = files.caseInsensitiveMatch(path);
            if (other.isPresent()) {
                referenced.add(other.get());
                problems.report("RES-002", where, who, path, other.get());
            } else if (resourceId != null) {
                problems.report(missingId, where, path, resourceId);
            } else {
                problems.report(missingId, where, path);
            }
        }
    }

    /** The xml:base chain for a metadata location: its resource's, or the manifest's. */
    private static String baseFor(ContentStructure s, XmlElement e) {
        for (Optional<XmlElement> p = e.parent(); p.isPresent(); p = p.get().parent()) {
            if (p.get().is(s.cp(), "resource")) return s.xmlBase(p.get());
        }
        return s.root().attr(Namespaces.XML, "base").map(String::strip).orElse("");
    }

    /** The manifest and the schema files it is validated with are not content. */
    private static boolean exempt(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return path.equals(Manifest.FILE) || lower.endsWith(".xsd") || lower.endsWith(".dtd");
    }
}
