package id.kemas.validator.container;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import id.kemas.validator.files.PackagePath;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The rules every entry name must follow so that no LMS extracts a file outside its folder or
 * under a name other than the one the manifest uses, and the registry that finds duplicates.
 */
final class EntryNames {

    private final Problems problems;
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();

    EntryNames(Problems problems) {
        this.problems = problems;
    }

    /**
     * Checks one entry name and registers it.
     *
     * @return the normalised path (without a trailing slash), or {@code null} if the entry is unsafe
     * or a duplicate and must be left out of the package's file list
     */
    String accept(String raw, boolean folder) {
        Location where = Location.of(raw);
        if (raw.isEmpty()) {
            problems.report("PKG-019", where, "(empty)");
            return null;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                problems.report("PKG-019", Location.of(printable(raw)), printable(raw));
                return null;
            }
        }
        if (raw.indexOf('\\') >= 0) problems.report("PKG-005", where, raw);
        String slashed = raw.replace('\\', '/');
        if (slashed.startsWith("/") || hasDriveLetter(slashed)) {
            problems.report("PKG-004", where, raw);
            return null;
        }
        StringBuilder norm = new StringBuilder(slashed.length());
        for (String seg : slashed.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                problems.report("PKG-003", where, raw);
                return null;
            }
            if (norm.length() > 0) norm.append('/');
            norm.append(seg);
        }
        if (norm.length() == 0) return null; // "./" and the like: nothing to extract
        // Backslashes stay in the stored name: a Linux LMS extracts them literally.
        String path = PackagePath.nfc(raw.indexOf('\\') >= 0 ? raw.replaceAll("/+$", "") : norm.toString());
        if (folder) return path;
        String earlier = exact.putIfAbsent(path, raw);
        if (earlier != null) {
            problems.report("PKG-006", where, raw, earlier);
            return null;
        }
        String sameLetters = folded.putIfAbsent(path.toLowerCase(Locale.ROOT), raw);
        if (sameLetters != null) problems.report("PKG-014", where, raw, sameLetters);
        return path;
    }

    private static boolean hasDriveLetter(String s) {
        return s.length() >= 2 && s.charAt(1) == ':' && Character.isLetter(s.charAt(0));
    }

    private static String printable(String raw) {
        StringBuilder b = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
