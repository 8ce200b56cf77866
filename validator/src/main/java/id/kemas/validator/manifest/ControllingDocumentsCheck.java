package id.kemas.validator.manifest;

import id.kemas.core.problem.Problems;
import id.kemas.validator.container.FileIndex;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stage 3: the controlling documents. Every namespace the manifest uses must be mapped to a schema
 * in {@code xsi:schemaLocation}, and every schema it names must be in the package, at the root and
 * at its declared path, without climbing above the root.
 */
public final class ControllingDocumentsCheck {

    private static final Set<String> NOT_MAPPED = Set.of("", Namespaces.XML, Namespaces.XSI, "http://www.w3.org/2000/xmlns/");

    private ControllingDocumentsCheck() {
    }

    /** One namespace and schema pair of an {@code xsi:schemaLocation}, with the element that holds it. */
    private record Mapping(String namespace, String location, XmlElement at) {
    }

    /** What the manifest says about its schemas: the namespaces it uses and where it maps them. */
    private static final class Declarations {
        /** Each namespace used, with the first element that uses it. */
        final Map<String, XmlElement> used = new LinkedHashMap<>();
        final List<Mapping> mappings = new ArrayList<>();
        final List<Mapping> noNamespace = new ArrayList<>();
        boolean anyLocation;

        Declarations(Manifest manifest, Problems problems) {
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
                    for (int i = 0; i + 1 < tokens.length; i += 2) mappings.add(new Mapping(tokens[i], tokens[i + 1], e));
                }
                var noNs = e.attr(Namespaces.XSI, "noNamespaceSchemaLocation");
                if (noNs.isPresent()) {
                    anyLocation = true;
                    noNamespace.add(new Mapping("", noNs.get().strip(), e));
                }
            }
        }

        Map<String, String> mapped() {
            Map<String, String> m = new LinkedHashMap<>();
            for (Mapping p : mappings) m.putIfAbsent(p.namespace(), p.location());
            return m;
        }
    }

    /**
     * Reports what is wrong with the manifest's controlling documents.
     *
     * @return the schemas the package ships for the extension namespaces its manifest uses, namespace
     *         to package path: mapped in {@code xsi:schemaLocation} (the first mapping counts), in the
     *         package, and not a namespace of either SCORM edition, whose schemas are bundled. Stage 4
     *         validates with them, so their namespaces are not reported as unvalidated.
     */
    public static Map<String, String> check(Manifest manifest, FileIndex files, Problems problems) {
        boolean scorm12 = manifest.cpNamespace().equals(Namespaces.IMSCP_12);
        Map<String, String> known = scorm12 ? Namespaces.SCORM_12_SCHEMAS : Namespaces.SCORM_2004_SCHEMAS;
        Map<String, String> otherEdition = scorm12 ? Namespaces.SCORM_2004_SCHEMAS : Namespaces.SCORM_12_SCHEMAS;

        Declarations d = new Declarations(manifest, problems);
        Map<String, String> shipped = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Mapping m : d.mappings) {
            String path = checkLocation(m.location(), m.at(), files, problems);
            String ns = m.namespace();
            boolean first = seen.add(ns);
            if (first && path != null && d.used.containsKey(ns) && !NOT_MAPPED.contains(ns) && !known.containsKey(ns)
                    && !otherEdition.containsKey(ns)) {
                shipped.put(ns, path);
            }
        }
        for (Mapping m : d.noNamespace) checkLocation(m.location(), m.at(), files, problems);
        if (!d.anyLocation) problems.report("MAN-011", manifest.root().location());
        Map<String, String> mapped = d.mapped();
        for (var u : d.used.entrySet()) {
            String ns = u.getKey();
            if (NOT_MAPPED.contains(ns)) continue;
            if (d.anyLocation && !mapped.containsKey(ns)) {
                problems.report("MAN-007", u.getValue().location(), ns, known.getOrDefault(ns, "its schema"));
            }
            if (otherEdition.containsKey(ns)) {
                problems.report("MAN-022", u.getValue().location(), ns, scorm12 ? "SCORM 2004" : "SCORM 1.2",
                        scorm12 ? "SCORM 1.2" : "SCORM 2004");
            } else if (!known.containsKey(ns) && !shipped.containsKey(ns)) {
                problems.report("MAN-012", u.getValue().location(), ns);
            }
        }
        return shipped;
    }

    /** Reports what is wrong with one schema location; gives the schema's package path when it is there. */
    private static String checkLocation(String location, XmlElement at, FileIndex files, Problems problems) {
        if (location.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            problems.report("MAN-018", at.location(), location);
            return null;
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
                    return null;
                }
                norm.setLength(Math.max(norm.lastIndexOf("/"), 0));
                continue;
            }
            depth++;
            if (norm.length() > 0) norm.append('/');
            norm.append(seg);
        }
        String declared = norm.toString();
        if (declared.isEmpty()) return null;
        String name = declared.substring(declared.lastIndexOf('/') + 1);
        if (!files.contains(name)) {
            problems.report("MAN-008", at.location(), location, name);
            return null;
        }
        if (!declared.equals(name) && !files.contains(declared)) {
            problems.report("MAN-019", at.location(), location, declared);
        }
        return files.contains(declared) ? declared : name;
    }
}
