package id.kemas.core.markdown;

import java.util.Locale;

/** What kind of target a link or source attribute names. */
final class Links {

    private Links() {}

    static boolean isExternal(String href) {
        String h = href.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("//");
    }

    /** Targets that are neither files nor web pages: anchors, mail, phone, data and script URLs. */
    static boolean isNonFile(String href) {
        String h = href.strip().toLowerCase(Locale.ROOT);
        return h.isEmpty() || h.startsWith("#") || h.startsWith("mailto:") || h.startsWith("tel:")
                || h.startsWith("data:") || h.startsWith("javascript:");
    }

    /** The file part of a local reference: without query string or fragment, percent-decoded. */
    static String filePart(String href) {
        String h = href.strip();
        int cut = h.length();
        int q = h.indexOf('?');
        int f = h.indexOf('#');
        if (q >= 0) cut = Math.min(cut, q);
        if (f >= 0) cut = Math.min(cut, f);
        String p = h.substring(0, cut);
        try {
            return java.net.URLDecoder.decode(p.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return p;
        }
    }
}
