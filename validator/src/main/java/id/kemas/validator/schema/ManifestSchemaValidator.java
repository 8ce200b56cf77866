package id.kemas.validator.schema;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problem;
import id.kemas.validator.Finding;
import id.kemas.validator.Messages;
import id.kemas.validator.manifest.SecureXml;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validates a manifest against a bundled schema set with every namespace enforced (IMS CP, ADL CP,
 * ADL sequencing, ADL navigation, IMS Simple Sequencing and LOM for SCORM 2004 4th Edition), offline.
 * Each schema failure gets its own {@code XSD-} message ID, a plain-words text and a fix hint, at
 * the line and column the parser gives.
 * <p>
 * Usage:
 * <pre>
 * List&lt;Problem&gt; problems = new ManifestSchemaValidator().validate(Path.of("out/imsmanifest.xml"));
 * List&lt;Problem&gt; same = new ManifestSchemaValidator().validate(inputStream, "imsmanifest.xml");
 * List&lt;Problem&gt; v12 = new ManifestSchemaValidator(SchemaSet.SCORM_12).validate(path);
 * </pre>
 * Signatures: {@link #validate(Path)}, {@link #validate(Path, String)},
 * {@link #validate(InputStream, String)} (the name is the file shown in each problem's location; the
 * stream is read fully, not closed) and {@link #findings(byte[], String)} (the same problems with
 * the parser's raw text as detail).
 * An empty list means the manifest is schema-valid. I/O errors are thrown as {@link IOException};
 * a manifest that is not well-formed, or that declares a DOCTYPE, gives one problem
 * ({@code MAN-002}, {@code MAN-003}) and nothing else.
 * <p>
 * The schema set is compiled once per JVM and shared; instances are cheap, immutable and
 * thread-safe. No schema is ever fetched: the W3C {@code xml.xsd} URL and every relative include map
 * to bundled files and any other reference is refused.
 */
public final class ManifestSchemaValidator {

    private final SchemaSet set;

    /** A validator for SCORM 2004 4th Edition manifests. */
    public ManifestSchemaValidator() {
        this(SchemaSet.SCORM_2004_4TH);
    }

    public ManifestSchemaValidator(SchemaSet set) {
        this.set = set;
    }

    /** Starts compiling {@code set} on a background thread, if not already compiled. */
    public static void prepare(SchemaSet set) {
        CompiledSchemas.prepare(set);
    }

    public SchemaSet schemaSet() {
        return set;
    }

    /** Validates a manifest file; problems name the file by its file name. */
    public List<Problem> validate(Path manifest) throws IOException {
        return validate(manifest, manifest.getFileName().toString());
    }

    /** Validates a manifest file; problems name it {@code displayName}. */
    public List<Problem> validate(Path manifest, String displayName) throws IOException {
        return problems(findings(Files.readAllBytes(manifest), displayName));
    }

    /** Validates a manifest read from {@code in}; problems name it {@code displayName}. */
    public List<Problem> validate(InputStream in, String displayName) throws IOException {
        return problems(findings(in.readAllBytes(), displayName));
    }

    /** Validates manifest bytes; each problem comes with the parser's own message as detail. */
    public List<Finding> findings(byte[] manifest, String displayName) {
        return findings(manifest, displayName, CompiledSchemas.get(set));
    }

    /**
     * Validates manifest bytes against the bundled set and the schemas the package ships for its
     * extension namespaces ({@code extensions}: namespace to package path, read with {@code files}),
     * so that extension content is validated too. An extension schema that cannot be used (not a
     * valid schema, unreadable, or referring outside the package) is reported ({@code MAN-023}) and
     * left out; the rest of the manifest is validated as usual.
     */
    public List<Finding> findings(byte[] manifest, String displayName, Map<String, String> extensions,
                                  PackageFiles files) {
        if (extensions.isEmpty()) return findings(manifest, displayName);
        List<Finding> unusable = new ArrayList<>();
        Map<String, String> usable = new TreeMap<>(extensions);
        Schema schema = compileOrNull(usable, files);
        if (schema == null) {
            // find the schemas at fault one by one, then compile the others together
            for (var e : extensions.entrySet()) {
                String why = compileProblem(Map.of(e.getKey(), e.getValue()), files);
                if (why == null) continue;
                usable.remove(e.getKey());
                unusable.add(new Finding(Messages.catalog().problem("MAN-023", Location.of(e.getValue()),
                        e.getValue(), e.getKey(), why), why));
            }
            schema = usable.isEmpty() ? null : compileOrNull(usable, files);
            if (schema == null) schema = CompiledSchemas.get(set);
        }
        List<Finding> all = new ArrayList<>(unusable);
        all.addAll(findings(manifest, displayName, schema));
        return all;
    }

    private Schema compileOrNull(Map<String, String> extensions, PackageFiles files) {
        try {
            return CompiledSchemas.compile(set, extensions, files);
        } catch (SAXException | BundledSchemaResolver.RefusedReference | UncheckedIOException e) {
            return null;
        }
    }

    /** Why these extension schemas do not compile, in a line; null if they do. */
    private String compileProblem(Map<String, String> extensions, PackageFiles files) {
        try {
            CompiledSchemas.compile(set, extensions, files);
            return null;
        } catch (SAXParseException e) {
            String where = PackageSchemaResolver.packagePath(e.getSystemId());
            return (where == null ? "" : where + ":" + e.getLineNumber() + ": ") + e.getMessage();
        } catch (SAXException | BundledSchemaResolver.RefusedReference | UncheckedIOException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private List<Finding> findings(byte[] manifest, String displayName, Schema schema) {
        ElementTracker tracker = new ElementTracker(SecureXml.newReader());
        Collector collector = new Collector(displayName, tracker);
        Validator v = schema.newValidator();
        try {
            v.setProperty(SecureXml.LOCALE_PROPERTY, Locale.ROOT);
        } catch (SAXException ignored) {
            // messages then come in the JVM's language; the IDs are the same
        }
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setResourceResolver((type, ns, publicId, systemId, base) -> {
                throw new BundledSchemaResolver.RefusedReference(systemId, base);
            });
            v.setErrorHandler(collector);
            InputSource in = new InputSource(new ByteArrayInputStream(manifest));
            in.setSystemId(displayName);
            v.validate(new SAXSource(tracker, in));
            collector.flush();
        } catch (SecureXml.DoctypeRefused e) {
            return List.of(Finding.of(Messages.catalog().problem("MAN-003", at(displayName, e), displayName)));
        } catch (SAXParseException e) {
            return List.of(new Finding(Messages.catalog().problem("MAN-002", at(displayName, e), e.getMessage()), e.getMessage()));
        } catch (SAXException | IOException e) {
            return List.of(new Finding(Messages.catalog().problem("MAN-002", Location.of(displayName), e.getMessage()), ""));
        }
        return collector.findings;
    }

    private static List<Problem> problems(List<Finding> findings) {
        return findings.stream().map(Finding::problem).toList();
    }

    static Location at(String file, SAXParseException e) {
        return Location.of(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0));
    }

    /**
     * Turns schema errors into findings; a well-formedness error ends the validation. A value error
     * is held until the next error, which names its attribute or element when it is the follow-up.
     */
    private static final class Collector implements ErrorHandler {
        private final String file;
        private final ElementTracker tracker;
        private final List<Finding> findings = new ArrayList<>();
        private XsdMessages.Raw pending;
        /** The pending value error only repeats the structural error before it (an empty value). */
        private boolean pendingEchoes;
        private Location lastWhere;

        Collector(String file, ElementTracker tracker) {
            this.file = file;
            this.tracker = tracker;
        }

        void flush() {
            if (pending != null && !pendingEchoes) add(XsdMessages.single(pending));
            pending = null;
        }

        private void add(Finding f) {
            findings.add(f);
            lastWhere = f.problem().location();
        }

        @Override
        public void warning(SAXParseException e) {
            // Xerces warns only about schema-document matters, not about the instance.
        }

        @Override
        public void error(SAXParseException e) {
            XsdMessages.Raw raw = XsdMessages.parse(e.getMessage(), at(file, e), tracker.current(), tracker.parent());
            if (pending != null && XsdMessages.SUBJECT_KEYS.contains(raw.key()) && raw.where().equals(pending.where())) {
                if (!pendingEchoes) add(XsdMessages.merged(pending, raw));
                pending = null;
                return;
            }
            flush();
            if (XsdMessages.VALUE_KEYS.contains(raw.key())) {
                pending = raw;
                pendingEchoes = raw.arg(0).isEmpty() && raw.where().equals(lastWhere);
            } else {
                add(XsdMessages.single(raw));
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
