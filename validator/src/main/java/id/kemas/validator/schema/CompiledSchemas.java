package id.kemas.validator.schema;

import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Each bundled schema set compiled once per JVM into one {@link Schema} that enforces every namespace
 * of the edition, through a small driver schema that imports them all. {@link Schema} objects are
 * immutable and thread-safe, so one compilation serves every validation.
 */
final class CompiledSchemas {

    private static final Map<SchemaSet, CompletableFuture<Schema>> CACHE = new EnumMap<>(SchemaSet.class);

    private CompiledSchemas() {
    }

    /** The compiled set, compiling it on first use (or waiting for a compilation already started). */
    static Schema get(SchemaSet set) {
        return future(set).join();
    }

    /** Starts compiling in the background, so that it overlaps with other work. */
    static void prepare(SchemaSet set) {
        future(set);
    }

    private static CompletableFuture<Schema> future(SchemaSet set) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(set, s -> CompletableFuture.supplyAsync(() -> compile(s)));
        }
    }

    /** The driver: imports every namespace of the set from its bundled file. */
    static String driver(SchemaSet set) {
        return driver(set.namespaceSchemas());
    }

    /** A schema that only imports each namespace from its location (namespace to location). */
    private static String driver(Map<String, String> imports) {
        StringBuilder b = new StringBuilder("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n");
        for (var e : new TreeMap<>(imports).entrySet()) {
            b.append("  <xs:import namespace=\"").append(escape(e.getKey()))
                    .append("\" schemaLocation=\"").append(escape(e.getValue())).append("\"/>\n");
        }
        return b.append("</xs:schema>\n").toString();
    }

    static Schema compile(SchemaSet set) {
        try {
            return factory(set, new BundledSchemaResolver(set)).newSchema(driverSource(set, set.namespaceSchemas()));
        } catch (SAXException e) {
            throw new IllegalStateException("bundled " + set + " schemas do not compile: " + e.getMessage(), e);
        }
    }

    /**
     * The bundled set together with schemas a package ships for its extension namespaces
     * (namespace to package path), compiled for this one package.
     *
     * @throws SAXException if an extension schema is not a valid schema
     * @throws BundledSchemaResolver.RefusedReference if it refers to anything outside the package
     */
    static Schema compile(SchemaSet set, Map<String, String> extensions, PackageFiles files)
            throws SAXException {
        Map<String, String> imports = new TreeMap<>(set.namespaceSchemas());
        extensions.forEach((namespace, path) -> imports.put(namespace, PackageSchemaResolver.systemId(path)));
        return factory(set, new PackageSchemaResolver(set, files)).newSchema(driverSource(set, imports));
    }

    /** The driver as a source beside the set's bundled files, which its relative locations name. */
    private static Source driverSource(SchemaSet set, Map<String, String> imports) {
        return new StreamSource(new StringReader(driver(imports)), BundledSchemaResolver.systemId(set, "kemas-driver.xsd"));
    }

    private static String escape(String attribute) {
        return attribute.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static SchemaFactory factory(SchemaSet set, LSResourceResolver resolver) throws SAXException {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // Every file has a file: system ID and comes through the resolver, which refuses anything else.
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        if (set == SchemaSet.SCORM_12) {
            // The IMS metadata 1.2.1 schema breaks the unique particle attribution constraint;
            // the schema-document checks that find that are skipped (instances are still validated).
            f.setFeature("http://apache.org/xml/features/validation/schema-full-checking", false);
        }
        f.setResourceResolver(resolver);
        f.setErrorHandler(new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) throws SAXException { throw e; }
            @Override public void fatalError(SAXParseException e) throws SAXException { throw e; }
        });
        return f;
    }
}
