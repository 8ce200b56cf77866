package id.kemas.validator.manifest;

import id.kemas.core.problem.Problems;
import id.kemas.validator.container.FileIndex;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Stage 3: the controlling documents. Every namespace the manifest uses must be mapped to a schema
 * in {@code xsi:schemaLocation}, and every schema it names must be in the package, at the root and
 * at its declared path, without climbing above the root.
 */
public final class ControllingDocumentsCheck {

    private static final Set<String> NOT_MAPPED = Set.of("", Namespaces.XML, Namespaces.XSI, "http://www.w3.org/2000/xmlns/");

    private ControllingDocumentsCheck() {
    }

    public static void check(Manifest manifest, FileIndex files, Problems problems) {
        boolean scorm12 = manifest.cpNamespace().equals(Namespaces.IMSCP_12);
        Map<String, String> known = scorm12 ? Namespaces.SCORM_12_SCHEMAS : Namespaces.SCORM_2004_SCHEMAS;
        Map<String, String> otherEdition = scorm12 ? Namespaces.SCORM_2004_SCHEMAS : Namespaces.SCORM_12_SCHEMAS;

        Map<String, XmlElement> used = new LinkedHashMap<>();
        Map<String, String> mapped = new LinkedHashMap<>();
        boolean anyLocation = false;
        for (XmlElement e : (Iterable<XmlElement>) manifest.root().descendantsAndSelf()::iterator) {
            used.putIfAbsent(e.namespace(), e);
            for (XmlElement.Attribute a : e.attributes()) used.putIfAbsent(a.namespace(), e);
            var loc = e.attr(Namespaces.XSI, "schemaLocation");
            if (loc.isPresent()) {
                anyLocation = true;
                String[] tokens = loc.get().strip().split("\\s+");
                if (loc.get().isBlank() || tokens.length % 2 != 0) {
                    problems.report("MAN-010", e.location(), tokens.length);
                }
                for (int i = 0; i + 1 < tokens.length; i += 2) {
                    mapped.putIfAbsent(tokens[i], tokens[i + 1]);
                    checkLocation(tokens[i + 1], e, files, problems);
                }
            }
            var noNs = e.attr(Namespaces.XSI, "noNamespaceSchemaLocation");
            if (noNs.isPresent()) {
                anyLocation = true;
                checkLocation(noNs.get().strip(), e, files, problems);
            }
        }
        if (!anyLocation) problems.report("MAN-011", manifest.root().location());
        for (var u : used.entrySet()) {
            String ns = u.getKey();
            if (NOT_MAPPED.contains(ns)) continue;
            if (anyLocation && !mapped.containsKey(ns)) {
                problems.report("MAN-007", u.getValue().location(), ns, known.getOrDefault(ns, "its schema"));
            }
            if (otherEdition.containsKey(ns)) {
                problems.report("MAN-022", u.getValue().location(), ns, scorm12 ? "SCORM 2004" : "SCORM 1.2",
                        scorm12 ? "SCORM 1.2" : "SCORM 2004");
            } else if (!known.containsKey(ns)) {
                problems.report("MAN-012", u.getValue().location(), ns);
            }
        }
    }

    private static void checkLocation(String location, XmlElement at, FileIndex files, Problems problems) {
        if (location.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            problems.report("MAN-018", at.location(), location);
            return;
        }
        String path;
        try {
            path = URLDecoder.decode(location.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            path = location;
        }
        path = path.replace('\\', '/');
        int depth = 0;
        StringBuilder norm = new StringBuilder();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (--depth < 0) {
                    problems.report("MAN-009", at.location(), location);
                    return;
                }
                norm.setLength(Math.max(norm.lastIndexOf("/"), 0));
                continue;
            }
            depth++;
            if (norm.length() > 0) norm.append('/');
            norm.append(seg);
        }
        String declared = norm.toString();
        if (declared.isEmpty()) return;
        String name = declared.substring(declared.lastIndexOf('/') + 1);
        if (!files.contains(name)) {
            problems.report("MAN-008", at.location(), location, name);
        } else if (!declared.equals(name) && !files.contains(declared)) {
            problems.report("MAN-019", at.location(), location, declared);
        }
    }
}
