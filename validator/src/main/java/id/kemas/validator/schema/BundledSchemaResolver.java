package id.kemas.validator.schema;

import javax.xml.XMLConstants;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

import java.io.InputStream;
import java.io.Reader;

/**
 * Resolves every schema and DTD that the bundled schema files refer to, to the bundled copies:
 * relative includes and imports by path, and the W3C {@code xml.xsd} by its well-known URL. Any
 * other reference is refused with {@link RefusedReference}, so schema compilation can never reach
 * the network or the local file system.
 * <p>
 * The XML namespace always resolves to the W3C {@code xml.xsd}: the copy SCORM 1.2 packages ship
 * ({@code ims_xml.xsd}) binds that namespace as its default namespace, which XML parsers today
 * reject, while it declares the same attributes.
 */
final class BundledSchemaResolver implements LSResourceResolver {

    /** A reference that is not to a bundled file. */
    static final class RefusedReference extends IllegalStateException {
        RefusedReference(String systemId, String baseURI) {
            super("schema reference outside the bundled set refused: " + systemId + " (from " + baseURI + ")");
        }

        private RefusedReference(String message) {
            super(message);
        }

        /** A reference from a schema a package ships ({@code from}, a package path) that leaves the package. */
        static RefusedReference outsidePackage(String systemId, String from) {
            return new RefusedReference(from + " refers to " + systemId + ", which is remote or outside the package;"
                    + " it was not read");
        }
    }

    /**
     * Base of the system IDs given to bundled files. A {@code file:} URL of a folder that does not
     * exist: should anything ever bypass this resolver, it fails locally instead of going online.
     */
    static final String BASE = "file:///kemas-bundled-schemas/";

    private static final String W3C_XML_XSD = "http://www.w3.org/2001/xml.xsd";

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final SchemaSet W3C_HOME = SchemaSet.SCORM_2004_4TH;

    private final SchemaSet set;

    BundledSchemaResolver(SchemaSet set) {
        this.set = set;
    }

    static String systemId(SchemaSet set, String relativePath) {
        return BASE + set.name() + "/" + relativePath;
    }

    @Override
    public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId, String baseURI) {
        if (systemId == null) return null; // an import by namespace only: nothing to load
        if (XML_NAMESPACE.equals(namespaceURI)) return new Input(publicId, systemId(W3C_HOME, "xml.xsd"), W3C_HOME.open("xml.xsd"));
        SchemaSet from = setOf(baseURI);
        String relative = from == null ? null : new BundledSchemaResolver(from).bundledPath(systemId, baseURI);
        if (relative == null || !from.files().contains(relative)) throw new RefusedReference(systemId, baseURI);
        // A bundled DTD is given as an empty document: the one that is read, XMLSchema.dtd (named in
        // the DOCTYPE of the W3C xml.xsd, and including datatypes.dtd), declares only the defaults XML
        // Schema itself gives absent attributes, and reading it ran the parser's DTD scanner at every
        // start: about 20 ms of CPU, half of it compiling the schemas and half JIT-compiling the
        // scanner. The files stay in the set, which packages ship.
        if (XMLConstants.XML_DTD_NS_URI.equals(type)) return new Input(publicId, systemId(from, relative), InputStream.nullInputStream());
        return new Input(publicId, systemId(from, relative), from.open(relative));
    }

    /** The set a bundled file belongs to, from its system ID; this resolver's set for anything else. */
    private SchemaSet setOf(String baseURI) {
        if (baseURI != null && baseURI.startsWith(BASE)) {
            String rest = baseURI.substring(BASE.length());
            int slash = rest.indexOf('/');
            for (SchemaSet s : SchemaSet.values()) {
                if (slash > 0 && s.name().equals(rest.substring(0, slash))) return s;
            }
            return null;
        }
        return set;
    }

    /** The bundled path a reference means, or null if it means anything else. */
    String bundledPath(String systemId, String baseURI) {
        if (systemId.equals(W3C_XML_XSD)) return set.files().contains("xml.xsd") ? "xml.xsd" : null;
        String prefix = BASE + set.name() + "/";
        if (systemId.startsWith(prefix)) return normalise(systemId.substring(prefix.length()));
        if (systemId.contains(":")) return null; // any other absolute URI
        if (baseURI == null || !baseURI.startsWith(prefix)) return null;
        String baseFolder = baseURI.substring(prefix.length());
        baseFolder = baseFolder.substring(0, baseFolder.lastIndexOf('/') + 1);
        return normalise(baseFolder + systemId);
    }

    /** A relative path with "." and ".." taken out; null if it climbs above its start. */
    static String normalise(String path) {
        StringBuilder b = new StringBuilder();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (b.length() == 0) return null;
                b.setLength(Math.max(b.lastIndexOf("/"), 0));
                continue;
            }
            if (b.length() > 0) b.append('/');
            b.append(seg);
        }
        return b.toString();
    }

    /** The minimal {@link LSInput}: a byte stream with its system ID. */
    record Input(String publicId, String systemId, InputStream byteStream) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { throw new UnsupportedOperationException(); }
        @Override public InputStream getByteStream() { return byteStream; }
        @Override public void setByteStream(InputStream s) { throw new UnsupportedOperationException(); }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { throw new UnsupportedOperationException(); }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { throw new UnsupportedOperationException(); }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { throw new UnsupportedOperationException(); }
        @Override public String getBaseURI() { return systemId; }
        @Override public void setBaseURI(String s) { throw new UnsupportedOperationException(); }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { throw new UnsupportedOperationException(); }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { throw new UnsupportedOperationException(); }
    }
}
