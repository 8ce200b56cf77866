package id.kemas.validator.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How a reference in the manifest or a launch page becomes a path inside the package: the
 * {@code xml:base} chain is joined by concatenation (as the SCORM rules say), the query and fragment
 * are dropped, percent-escapes are decoded and {@code .} and {@code ..} segments are resolved.
 */
public final class PackagePath {

    /** The outcome of resolving one reference. */
    public sealed interface Resolved permits Inside, External, AboveRoot, BadEscape, Empty {
    }

    /** A path inside the package, relative to the root, decoded, in NFC. */
    public record Inside(String path) implements Resolved {
    }

    /** An absolute URL (http:, mailto:, data: ...), not a package file. */
    public record External(String url) implements Resolved {
    }

    /** A relative path whose {@code ..} segments climb above the root, or a root-absolute path. */
    public record AboveRoot(String reference) implements Resolved {
    }

    /** A {@code %} not followed by two hex digits, or escapes that are not UTF-8. */
    public record BadEscape(String reference) implements Resolved {
    }

    /** Nothing left once the query and fragment are removed (for example "#top"). */
    public record Empty() implements Resolved {
    }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:.*", Pattern.DOTALL);

    private PackagePath() {
    }

    public static boolean isExternal(String reference) {
        String r = reference.strip();
        return SCHEME.matcher(r).matches() && !(r.length() > 1 && r.charAt(1) == ':' && r.length() > 2
                && (r.charAt(2) == '\\' || r.charAt(2) == '/')); // C:\ is a (bad) local path, not a scheme
    }

    /** {@code reference} without its query string and fragment. */
    public static String withoutQuery(String reference) {
        int q = reference.indexOf('?');
        int h = reference.indexOf('#');
        int cut = q < 0 ? h : h < 0 ? q : Math.min(q, h);
        return cut < 0 ? reference : reference.substring(0, cut);
    }

    /** Resolves {@code base + reference} against the package root. */
    public static Resolved resolve(String base, String reference) {
        String joined = base + reference.strip();
        if (isExternal(joined)) return new External(joined);
        String raw = withoutQuery(joined);
        if (raw.isEmpty()) return new Empty();
        if (raw.startsWith("/") || raw.startsWith("\\")) return new AboveRoot(joined);
        String decoded = decode(raw);
        if (decoded == null) return new BadEscape(joined);
        return normalise(decoded, joined);
    }

    /** Resolves {@code reference} relative to the folder of the package file {@code fromFile}. */
    public static Resolved resolveFrom(String fromFile, String reference) {
        String r = reference.strip();
        if (isExternal(r)) return new External(r);
        if (withoutQuery(r).isEmpty()) return new Empty();
        if (r.startsWith("/") || r.startsWith("\\")) return new AboveRoot(r);
        int slash = fromFile.lastIndexOf('/');
        return resolve(slash < 0 ? "" : fromFile.substring(0, slash + 1), r);
    }

    private static Resolved normalise(String decoded, String original) {
        StringBuilder b = new StringBuilder();
        for (String seg : decoded.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (b.length() == 0) return new AboveRoot(original);
                int cut = b.lastIndexOf("/");
                b.setLength(Math.max(cut, 0));
                continue;
            }
            if (b.length() > 0) b.append('/');
            b.append(seg);
        }
        if (b.length() == 0) return new Empty();
        return new Inside(nfc(b.toString()));
    }

    /** The path in Unicode NFC, as package entries are indexed; ASCII is already NFC. */
    public static String nfc(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) >= 0x80) return Normalizer.normalize(path, Normalizer.Form.NFC);
        }
        return path;
    }

    /** Percent-decodes as UTF-8 ("+" stays a plus: this is a path, not a form); null if malformed. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) return null;
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    bytes = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.write(bytes, 0, bytes.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
