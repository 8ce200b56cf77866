package id.kemas.validator.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import id.kemas.validator.manifest.Namespaces;

/**
 * The schema files a package of one SCORM edition carries at its root, bundled byte-for-byte
 * (with their notices) so that packages ship them and the validator validates offline.
 */
public enum SchemaSet {
    SCORM_2004_4TH("scorm2004"),
    SCORM_12("scorm12");

    private final String folder;
    private final List<String> files;

    SchemaSet(String folder) {
        this.folder = folder;
        this.files = readList(folder);
    }

    /** Paths relative to the package root, with '/' separators, e.g. {@code common/anyElement.xsd}. */
    public List<String> files() {
        return files;
    }

    /** The namespaces this set defines, each with the root-level schema file that defines it. */
    public Map<String, String> namespaceSchemas() {
        return this == SCORM_12 ? Namespaces.SCORM_12_SCHEMAS : Namespaces.SCORM_2004_SCHEMAS;
    }

    /** Opens one of {@link #files()}; the caller closes it. */
    public InputStream open(String relativePath) {
        if (!files.contains(relativePath)) throw new IllegalArgumentException("not in " + this + ": " + relativePath);
        InputStream in = SchemaSet.class.getResourceAsStream(resource(relativePath));
        if (in == null) throw new IllegalStateException("bundled schema missing: " + relativePath);
        return in;
    }

    /** The class-path resource name of one file, for resolvers that want a URL. */
    public String resource(String relativePath) {
        return "/id/kemas/validator/schemas/" + folder + "/" + relativePath;
    }

    private static List<String> readList(String folder) {
        String name = "/id/kemas/validator/schemas/" + folder + "/files.txt";
        try (InputStream in = SchemaSet.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing " + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
