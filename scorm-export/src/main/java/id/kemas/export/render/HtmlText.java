package id.kemas.export.render;

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
}
