package id.kemas.export.pkg;

import id.kemas.validator.schema.SchemaSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The 33 schema files of SCORM 2004 4th Edition that every package carries at its root, read
 * once from the validator's bundled copy (byte for byte, notices included).
 */
public final class BundledSchemas {

    private static final class Holder {
        static final List<PackageEntry> ENTRIES = read();
    }

    private BundledSchemas() {}

    /** One entry per schema file, at its path relative to the package root. */
    public static List<PackageEntry> entries() {
        return Holder.ENTRIES;
    }

    /** Whether {@code path} is one of the bundled schema files. */
    public static boolean contains(String path) {
        return SchemaSet.SCORM_2004_4TH.files().contains(path);
    }

    private static List<PackageEntry> read() {
        List<PackageEntry> out = new ArrayList<>();
        for (String path : SchemaSet.SCORM_2004_4TH.files()) {
            try (InputStream in = SchemaSet.SCORM_2004_4TH.open(path)) {
                out.add(new PackageEntry.Bytes(path, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled schema unreadable: " + path, e);
            }
        }
        return List.copyOf(out);
    }
}
