package id.kemas.export.manifest12;

import id.kemas.export.pkg.PackageEntry;
import id.kemas.validator.schema.SchemaSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The four SCORM 1.2 schema files a 1.2 package carries at its root, from the validator's bundled copy. */
public final class Schemas12 {

    private static final class Holder {
        static final List<PackageEntry> ENTRIES = read();
    }

    private Schemas12() {}

    public static List<PackageEntry> entries() {
        return Holder.ENTRIES;
    }

    private static List<PackageEntry> read() {
        List<PackageEntry> out = new ArrayList<>();
        for (String path : SchemaSet.SCORM_12.files()) {
            try (InputStream in = SchemaSet.SCORM_12.open(path)) {
                out.add(new PackageEntry.Bytes(path, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled schema unreadable: " + path, e);
            }
        }
        return List.copyOf(out);
    }
}
