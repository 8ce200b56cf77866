package id.kemas.export.render;

import java.util.List;
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

    /** The first letters of {@link #NOT_PLAIN}: most tags are ruled out by their first letter alone. */
    private static final String NOT_PLAIN_FIRST = "!stxnpic";

    /**
     * The quick way for the tables Markdown makes: side by side, not nested, without captions,
     * lower case, with nothing around them that hides tags (comments, scripts). Each table is then
     * wrapped where it stands, without parsing and writing out the whole page again. Returns null
     * for anything else, which {@link #wrapTables} hands to the HTML parser. One pass over the
     * tags, by hand: it runs for every page of a course.
     */
    static String wrapPlainTables(String html, String defaultLabel) {
        if (html.contains("kemas-table")) return null;
        String open = "<div class=\"kemas-table\" role=\"region\" tabindex=\"0\" aria-label=\""
                + escape(defaultLabel) + "\">";
        StringBuilder out = new StringBuilder(html.length() + 128);
        int copied = 0;
        int start = -1;
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            if (startsNotPlain(html, lt + 1)) return null;
            boolean closes = lt + 1 < html.length() && html.charAt(lt + 1) == '/';
            int name = closes ? lt + 2 : lt + 1;
            int after = name + 5;
            if (!html.regionMatches(true, name, "table", 0, 5) || after >= html.length() || !endsTagName(html.charAt(after))) {
                continue;
            }
            if (!html.startsWith("table", name)) return null;        // upper case: let the parser judge
            if (closes != (start >= 0)) return null;                 // nested, or an end without a start
            if (!closes) {
                start = lt;
                continue;
            }
            if (html.charAt(after) != '>') return null;             // "</table >" and the like
            out.append(html, copied, start).append(open).append(html, start, after + 1).append("</div>");
            copied = after + 1;
            start = -1;
        }
        if (start >= 0) return null;
        return out.append(html, copied, html.length()).toString();
    }

    /** Whether one of {@link #NOT_PLAIN} starts at {@code at}, in any letter case. */
    private static boolean startsNotPlain(String html, int at) {
        if (at >= html.length() || NOT_PLAIN_FIRST.indexOf(Character.toLowerCase(html.charAt(at))) < 0) return false;
        for (String name : NOT_PLAIN) {
            if (html.regionMatches(true, at, name, 0, name.length())) return true;
        }
        return false;
    }

    /** What may end a tag's name: ASCII white space, "/" or ">". */
    private static boolean endsTagName(char c) {
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
