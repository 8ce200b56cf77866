package id.kemas.validator.container;

import java.io.Closeable;
import java.io.IOException;

/**
 * The files of an opened package, read in place (nothing is extracted). Paths are relative to the
 * package root, with {@code /} separators, in Unicode NFC.
 */
public interface PackageContent extends Closeable {

    /** The input as the user named it, e.g. {@code course.zip} or {@code course/}. */
    String displayName();

    /** The files of the package (safe entries only; unsafe names were reported and left out). */
    FileIndex files();

    /**
     * The content of one file. Safe to call from several threads.
     *
     * @throws EntryTooLargeException if the file is larger than {@code maxBytes}
     * @throws IOException            if the file is missing or its data cannot be read
     */
    byte[] read(String path, long maxBytes) throws IOException;

    /**
     * Waits for the checks of the package's data that run in the background while later stages
     * work (the CRC of every zip entry), reports what they found into {@code problems} (once) and
     * tells whether the package may be validated at all: false after a fatal problem.
     */
    default boolean finishChecks(id.kemas.core.problem.Problems problems) {
        return true;
    }

    /** Whether the background checks have already found a fatal problem; does not wait. */
    default boolean refusedSoFar() {
        return false;
    }

    /** Releases the open archive, if any. Never throws. */
    @Override
    void close();
}
