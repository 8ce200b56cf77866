package id.kemas.export.zip;

import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;

/**
 * How each file is stored: formats that are already compressed are STORED (deflating them again
 * costs time and gains nothing); everything else is DEFLATED.
 */
public final class Compression {

    /** File extensions of already-compressed formats, lower case. */
    public static final Set<String> STORED_EXTENSIONS = Set.of(
            "jpg", "jpeg", "png", "gif", "webp", "mp4", "webm", "mp3", "m4a", "ogg", "pdf", "zip", "woff", "woff2");

    private Compression() {}

    /** {@link ZipEntry#STORED} or {@link ZipEntry#DEFLATED}. */
    public static int methodFor(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) return ZipEntry.DEFLATED;
        String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return STORED_EXTENSIONS.contains(ext) ? ZipEntry.STORED : ZipEntry.DEFLATED;
    }
}
