package id.kemas.export.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Small conversions between plain text and HTML fragments. */
final class HtmlText {

    private HtmlText() {}

    /** Text made safe to put into HTML content or a quoted attribute. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The text a fragment shows, whitespace collapsed. */
    static String plain(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    /**
     * A fragment without its wrapping paragraph, for places that take phrasing content only
     * (labels): {@code <p>Yes</p>} becomes {@code Yes}; anything else stays as it is.
     */
    static String inline(String html) {
        String h = html.strip();
        if (h.startsWith("<p>") && h.endsWith("</p>") && h.indexOf("<p", 1) < 0) return h.substring(3, h.length() - 4);
        return h;
    }

    /**
     * Makes wide tables scroll inside their own box on narrow screens: each table is wrapped in a
     * focusable region (so keyboard users can scroll it) named after its caption.
     */
    static String wrapTables(String html, String defaultLabel) {
        if (!html.contains("<table")) return html;
        String plain = wrapPlainTables(html, defaultLabel);
        return plain != null ? plain : wrapParsedTables(html, defaultLabel);
    }

    /** {@link #wrapTables} for any HTML: parses the fragment and writes it out again. */
    static String wrapParsedTables(String html, String defaultLabel) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element table : doc.select("table")) {
            if (table.parent() != null && table.parent().hasClass("kemas-table")) continue;
            Element caption = table.selectFirst("caption");
            String label = caption != null && !caption.text().isBlank() ? caption.text() : defaultLabel;
            table.wrap("<div class=\"kemas-table\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", label);
        }
        return doc.body().html();
    }

    /**
     * What may follow "<" in markup in which "<table" might not start a table (comments, scripts
     * and other raw text), or in which a table carries its own label (a caption).
     */
    private static final List<String> NOT_PLAIN = List.of("!--", "![cdata[", "script", "style", "textarea",
            "template", "title", "xmp", "noscript", "noembed", "noframes", "plaintext", "iframe", "caption");

    /** A table's start or end tag, in any letter case. */
    private static final Pattern TABLE_TAG = Pattern.compile("</?table(?=[\\s/>])", Pattern.CASE_INSENSITIVE);

    /**
     * The quick way for the tables Markdown makes: side by side, not nested, without captions,
     * lower case, with nothing around them that hides tags (comments, scripts). Each table is then
     * wrapped where it stands, without parsing and writing out the whole page again. Returns null
     * for anything else, which {@link #wrapTables} hands to the HTML parser.
     */
    static String wrapPlainTables(String html, String defaultLabel) {
        if (html.contains("kemas-table") || hasTagStarting(html, NOT_PLAIN)) return null;
        String open = "<div class=\"kemas-table\" role=\"region\" tabindex=\"0\" aria-label=\""
                + escape(defaultLabel) + "\">";
        StringBuilder out = new StringBuilder(html.length() + 128);
        Matcher tag = TABLE_TAG.matcher(html);
        int copied = 0;
        int start = -1;
        while (tag.find()) {
            String found = tag.group();
            boolean opens = found.equals("<table");
            if (!opens && !found.equals("</table")) return null;     // upper case: let the parser judge
            if (opens == (start >= 0)) return null;                  // nested, or an end without a start
            if (opens) {
                start = tag.start();
                continue;
            }
            int end = html.indexOf('>', tag.end());
            if (end != tag.end()) return null;                       // "</table >" and the like
            out.append(html, copied, start).append(open).append(html, start, end + 1).append("</div>");
            copied = end + 1;
            start = -1;
        }
        if (start >= 0) return null;
        return out.append(html, copied, html.length()).toString();
    }

    /** Whether some "<" in {@code html} is followed by one of {@code names}, in any letter case. */
    private static boolean hasTagStarting(String html, List<String> names) {
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            for (String name : names) {
                if (html.regionMatches(true, i + 1, name, 0, name.length())) return true;
            }
        }
        return false;
    }
}
