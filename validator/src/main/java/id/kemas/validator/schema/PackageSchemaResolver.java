package id.kemas.validator.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Resolves the references of extension schemas that a package ships: relative paths inside the
 * package are read from it (within the manifest size limit), the namespaces and files of the SCORM
 * edition come from the bundled copies ({@link BundledSchemaResolver}), and anything else, a URL or
 * a path above the package root, is refused. Extension schemas come from untrusted packages: they
 * must never make the validator read the network or the local file system.
 */
final class PackageSchemaResolver implements LSResourceResolver {

    /** Base of the system IDs given to package files; like the bundled base, a folder that does not exist. */
    static final String BASE = "file:///kemas-package/";

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final String W3C_XML_XSD = "http://www.w3.org/2001/xml.xsd";

    private final SchemaSet set;
    private final BundledSchemaResolver bundled;
    private final PackageFiles files;

    PackageSchemaResolver(SchemaSet set, PackageFiles files) {
        this.set = set;
        this.bundled = new BundledSchemaResolver(set);
        this.files = files;
    }

    static String systemId(String packagePath) {
        return BASE + packagePath;
    }

    /** The package path of a system ID this resolver gave, or null. */
    static String packagePath(String systemId) {
        return systemId != null && systemId.startsWith(BASE) ? systemId.substring(BASE.length()) : null;
    }

    @Override
    public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId, String baseURI) {
        if (systemId != null && systemId.startsWith(BASE)) return read(packagePath(systemId), systemId, baseURI, publicId);
        String fromPackage = packagePath(baseURI);
        if (systemId == null || fromPackage == null) return bundled.resolveResource(type, namespaceURI, publicId, systemId, baseURI);
        // An import of a namespace of the edition, or of the XML namespace, means the bundled schema.
        if (XML_NAMESPACE.equals(namespaceURI)) return bundled.resolveResource(type, namespaceURI, publicId, systemId, null);
        String editionFile = namespaceURI == null ? null : set.namespaceSchemas().get(namespaceURI);
        if (editionFile != null) {
            return bundled.resolveResource(type, namespaceURI, publicId, BundledSchemaResolver.systemId(set, editionFile), null);
        }
        if (systemId.equals(W3C_XML_XSD)) return bundled.resolveResource(type, namespaceURI, publicId, systemId, null);
        if (systemId.contains(":")) throw BundledSchemaResolver.RefusedReference.outsidePackage(systemId, fromPackage);
        String folder = fromPackage.substring(0, fromPackage.lastIndexOf('/') + 1);
        String path = BundledSchemaResolver.normalise(folder + systemId.replace('\\', '/'));
        if (path == null) throw BundledSchemaResolver.RefusedReference.outsidePackage(systemId, fromPackage);
        // The DTDs an old schema names in its DOCTYPE are the bundled ones.
        if (set.files().contains(path) && path.endsWith(".dtd")) {
            return bundled.resolveResource(type, namespaceURI, publicId, BundledSchemaResolver.systemId(set, path), null);
        }
        return read(path, systemId, baseURI, publicId);
    }

    private LSInput read(String path, String systemId, String baseURI, String publicId) {
        String inside = path == null ? null : BundledSchemaResolver.normalise(path);
        if (inside == null || inside.isEmpty()) {
            throw BundledSchemaResolver.RefusedReference.outsidePackage(systemId, packagePath(baseURI));
        }
        try {
            return new BundledSchemaResolver.Input(publicId, systemId(inside), new ByteArrayInputStream(files.read(inside)));
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }
}
