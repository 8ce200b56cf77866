package id.kemas.export.pkg;

import java.nio.file.Path;

/**
 * One file of a package: where it goes in the zip, and where its bytes come from. Files from the
 * course folder stay on disk until the zip writer streams them, so memory does not grow with
 * the size of the course's media.
 */
public sealed interface PackageEntry permits PackageEntry.Bytes, PackageEntry.OnDisk {

    /** Path inside the package, '/'-separated, no leading slash. */
    String path();

    /** Content made by the build (pages, manifest, runtime). */
    record Bytes(String path, byte[] data) implements PackageEntry {}

    /** A file copied from disk as it is (media, downloads, theme files). */
    record OnDisk(String path, Path file) implements PackageEntry {}
}
