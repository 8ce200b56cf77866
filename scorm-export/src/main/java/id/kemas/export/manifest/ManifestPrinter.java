package id.kemas.export.manifest;

import id.kemas.export.manifest.Namespaces.Namespace;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a manifest tree as pretty-printed XML, byte for byte the same for the same tree: two-space
 * indents, attributes in the order the classes declare them, the conventional prefixes, and on the
 * root exactly the namespaces the document uses with an {@code xsi:schemaLocation} pair for each.
 */
final class ManifestPrinter {

    private static final Map<String, Namespace> KNOWN =
            Namespaces.ALL.stream().collect(Collectors.toMap(Namespace::uri, Function.identity()));

    private final Writer out;

    ManifestPrinter(Writer out) {
        this.out = out;
    }

    void print(XmlElement root) throws IOException {
        List<Namespace> used = usedNamespaces(root);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write('<');
        out.write(qualified(root.namespace, root.localName));
        for (Namespace ns : used) {
            out.write(ns.prefix().isEmpty() ? " xmlns" : " xmlns:" + ns.prefix());
            attributeValue(ns.uri());
        }
        out.write(" xmlns:xsi");
        attributeValue(Namespaces.XSI);
        attributes(root);
        out.write(" xsi:schemaLocation");
        attributeValue(used.stream().map(ns -> ns.uri() + " " + ns.schemaFile()).collect(Collectors.joining(" ")));
        content(root, 0);
        out.write('\n');
    }

    private void element(XmlElement e, int depth) throws IOException {
        out.write('\n');
        indent(depth);
        out.write('<');
        out.write(qualified(e.namespace, e.localName));
        attributes(e);
        content(e, depth);
    }

    private void content(XmlElement e, int depth) throws IOException {
        if (!e.children.isEmpty()) {
            out.write('>');
            for (XmlElement child : e.children) element(child, depth + 1);
            out.write('\n');
            indent(depth);
            endTag(e);
        } else if (e.text.length() > 0) {
            out.write('>');
            text(e.text);
            endTag(e);
        } else {
            out.write("/>");
        }
    }

    private void endTag(XmlElement e) throws IOException {
        out.write("</");
        out.write(qualified(e.namespace, e.localName));
        out.write('>');
    }

    private void attributes(XmlElement e) throws IOException {
        for (XmlElement.Attribute a : e.attributes) {
            out.write(' ');
            out.write(a.namespace().isEmpty() ? a.localName() : qualified(a.namespace(), a.localName()));
            attributeValue(a.value());
        }
    }

    private void indent(int depth) throws IOException {
        for (int i = 0; i < depth; i++) out.write("  ");
    }

    private static String qualified(String namespace, String localName) {
        Namespace ns = KNOWN.get(namespace);
        if (ns == null) throw new IllegalStateException("namespace not known to the manifest: " + namespace);
        return ns.prefix().isEmpty() ? localName : ns.prefix() + ":" + localName;
    }

    /** The namespaces of all elements and attributes, in the order of {@link Namespaces#ALL}. */
    private static List<Namespace> usedNamespaces(XmlElement root) {
        Set<String> uris = new LinkedHashSet<>();
        collect(root, uris);
        uris.add(root.namespace);
        return Namespaces.ALL.stream().filter(ns -> uris.contains(ns.uri())).toList();
    }

    private static void collect(XmlElement e, Set<String> uris) {
        uris.add(e.namespace);
        for (XmlElement.Attribute a : e.attributes) if (!a.namespace().isEmpty()) uris.add(a.namespace());
        for (XmlElement c : e.children) collect(c, uris);
    }

    private void text(CharSequence s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '\r' -> out.write("&#13;");
                default -> out.write(allowed(c) ? c : '\uFFFD');
            }
        }
    }

    private void attributeValue(String s) throws IOException {
        out.write("=\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '"' -> out.write("&quot;");
                case '\t' -> out.write("&#9;");
                case '\n' -> out.write("&#10;");
                case '\r' -> out.write("&#13;");
                default -> out.write(allowed(c) ? c : '\uFFFD');
            }
        }
        out.write('"');
    }

    /** Characters XML 1.0 allows (surrogates pass through in pairs). */
    private static boolean allowed(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n';
    }
}
