package id.kemas.validator.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding of an HTML page, the way browsers find it first: a byte-order mark, else
 * a {@code charset} declared in the first kilobytes, else UTF-8 (what SCORM content is written in).
 * Decoding once here lets the parser work on text, which is faster than on bytes.
 */
final class Charsets {

    private static final int SNIFF = 2048;
    private static final Pattern DECLARED = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    private Charsets() {
    }

    static Charset of(byte[] page) {
        if (page.length >= 3 && (page[0] & 0xff) == 0xef && (page[1] & 0xff) == 0xbb && (page[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (page.length >= 2 && (page[0] & 0xff) == 0xfe && (page[1] & 0xff) == 0xff) return StandardCharsets.UTF_16BE;
        if (page.length >= 2 && (page[0] & 0xff) == 0xff && (page[1] & 0xff) == 0xfe) return StandardCharsets.UTF_16LE;
        Matcher m = DECLARED.matcher(new String(page, 0, Math.min(page.length, SNIFF), StandardCharsets.ISO_8859_1));
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
