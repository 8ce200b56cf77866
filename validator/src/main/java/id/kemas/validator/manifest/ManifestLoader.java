package id.kemas.validator.manifest;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import id.kemas.validator.PackageKind;
import id.kemas.validator.container.EntryTooLargeException;
import id.kemas.validator.container.PackageContent;

import java.io.IOException;
import java.util.Optional;

/**
 * Stage 2: finds {@code imsmanifest.xml} at the package root, parses it safely, checks the root
 * element and works out which kind of package it declares.
 */
public final class ManifestLoader {

    private ManifestLoader() {
    }

    /** The manifest, or empty after a fatal problem. */
    public static Optional<Manifest> load(PackageContent content, long maxBytes, Problems problems) {
        String file = Manifest.FILE;
        if (!content.files().contains(file) && !reportMissing(content, problems)) return Optional.empty();
        byte[] bytes;
        try {
            bytes = content.read(file, maxBytes);
        } catch (EntryTooLargeException e) {
            problems.report("MAN-015", Location.of(file), content.files().sizeOf(file), maxBytes);
            return Optional.empty();
        } catch (IOException e) {
            problems.report("MAN-016", Location.of(file), e.getMessage());
            return Optional.empty();
        }
        Optional<XmlElement> parsed = XmlTreeParser.parse(bytes, file, problems);
        if (parsed.isEmpty()) return Optional.empty();
        XmlElement root = parsed.get();
        boolean v2004 = root.is(Namespaces.IMSCP, "manifest");
        boolean v12 = root.is(Namespaces.IMSCP_12, "manifest");
        if (!v2004 && !v12) {
            problems.report("MAN-004", root.location(), root.qName(), root.namespace().isEmpty() ? "no namespace" : root.namespace());
            return Optional.empty();
        }
        String version = root.child(root.namespace(), "metadata")
                .flatMap(md -> md.child(root.namespace(), "schemaversion"))
                .map(e -> e.text().strip()).orElse(null);
        PackageKind declared = v2004 ? kind2004(root, version, problems) : kind12(root, version, problems);
        PackageKind rules = declared != PackageKind.UNKNOWN ? declared : v2004 ? PackageKind.SCORM_2004_4TH : PackageKind.SCORM_12;
        if (rules == PackageKind.SCORM_12) problems.report("MAN-020", root.location());
        return Optional.of(new Manifest(bytes, root, declared, rules, version));
    }

    private static boolean reportMissing(PackageContent content, Problems problems) {
        String name = content.displayName();
        Optional<String> wrongCase = content.files().caseInsensitiveMatch(Manifest.FILE);
        if (wrongCase.isPresent()) {
            problems.report("MAN-014", Location.of(wrongCase.get()), wrongCase.get());
            return false;
        }
        Optional<String> nested = content.files().paths().stream()
                .filter(p -> p.endsWith("/" + Manifest.FILE))
                .min((a, b) -> Integer.compare(a.length(), b.length()));
        if (nested.isPresent()) {
            problems.report("MAN-013", Location.of(nested.get()), nested.get(),
                    nested.get().substring(0, nested.get().length() - Manifest.FILE.length()));
        } else {
            problems.report("MAN-001", Location.of(name), name);
        }
        return false;
    }

    private static PackageKind kind2004(XmlElement root, String version, Problems problems) {
        if (version == null) {
            problems.report("MAN-017", root.location());
            return PackageKind.UNKNOWN;
        }
        XmlElement at = root.child(Namespaces.IMSCP, "metadata").orElseThrow()
                .child(Namespaces.IMSCP, "schemaversion").orElseThrow();
        switch (version) {
            case "2004 4th Edition":
                return PackageKind.SCORM_2004_4TH;
            case "2004 3rd Edition":
                problems.report("MAN-006", at.location(), version);
                return PackageKind.SCORM_2004_3RD;
            case "CAM 1.3":
                problems.report("MAN-006", at.location(), version);
                return PackageKind.SCORM_2004_2ND;
            default:
                problems.report("MAN-005", at.location(), version, "SCORM 2004");
                return PackageKind.UNKNOWN;
        }
    }

    private static PackageKind kind12(XmlElement root, String version, Problems problems) {
        if (version == null || version.equals("1.2")) return PackageKind.SCORM_12;
        XmlElement at = root.child(Namespaces.IMSCP_12, "metadata").orElseThrow()
                .child(Namespaces.IMSCP_12, "schemaversion").orElseThrow();
        problems.report("MAN-005", at.location(), version, "SCORM 1.2");
        return PackageKind.UNKNOWN;
    }
}
