package id.kemas.validator.schema;

import java.io.IOException;

/** Reads the files of the package being validated, for the extension schemas it ships. */
@FunctionalInterface
public interface PackageFiles {

    /**
     * The content of the file at {@code path} (relative to the package root, '/' separators).
     *
     * @throws IOException if it is missing, unreadable or larger than the validator reads
     */
    byte[] read(String path) throws IOException;
}
