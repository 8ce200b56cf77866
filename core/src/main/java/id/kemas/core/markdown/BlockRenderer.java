package id.kemas.core.markdown;

import id.kemas.core.i18n.UiStrings;
import id.kemas.core.problem.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders the {@code :::} blocks of the course format around their already rendered content. */
final class BlockRenderer {

    static final List<String> NAMES = List.of("reveal", "callout", "download", "video", "audio");
    private static final Set<String> CALLOUT_KINDS = Set.of("info", "tip", "warning");

    private final UiStrings ui;
    private final MarkdownRenderer.Context page;

    BlockRenderer(UiStrings ui, MarkdownRenderer.Context page) {
        this.ui = ui;
        this.page = page;
    }

    String render(Segment.Block b, String inner) {
        Location at = Location.of(page.file, b.line(), 1);
        return switch (b.name()) {
            case "reveal" -> reveal(b.arguments(), inner);
            case "callout" -> callout(b.arguments(), inner, at);
            case "download" -> "<div class=\"kemas-downloads\">\n<p class=\"kemas-downloads-title\">"
                    + Html.escape(ui.get("link.download")) + "</p>\n" + inner + "</div>\n";
            case "video" -> media("video", b.arguments(), inner, at);
            case "audio" -> media("audio", b.arguments(), inner, at);
            default -> {
                page.problems.report("KMS-021", at, b.name(), hint(b.name()));
                yield inner;
            }
        };
    }

    private String reveal(String label, String inner) {
        String summary = label.isBlank() ? ui.get("reveal.show") : label;
        return "<details class=\"kemas-reveal\">\n<summary>" + Html.escape(summary)
                + "</summary>\n<div class=\"kemas-reveal-body\">\n" + inner + "</div>\n</details>\n";
    }

    private String callout(String args, String inner, Location at) {
        String[] parts = args.strip().split("\\s+", 2);
        String kind = parts[0].isEmpty() ? "info" : parts[0];
        if (!CALLOUT_KINDS.contains(kind)) {
            page.problems.report("KMS-023", at, kind, "callout", "Use one of: info, tip, warning.");
            kind = "info";
        }
        String title = parts.length > 1 ? parts[1] : "";
        return "<div class=\"kemas-callout kemas-callout-" + kind + "\" role=\"note\">\n"
                + (title.isEmpty() ? "" : "<p class=\"kemas-callout-title\">" + Html.escape(title) + "</p>\n")
                + inner + "</div>\n";
    }

    /** {@code ::: video src [captions=path]} or {@code ::: audio src}; the content is the caption. */
    private String media(String tag, String args, String inner, Location at) {
        Map<String, String> named = new LinkedHashMap<>();
        String src = "";
        for (String word : args.strip().split("\\s+")) {
            int eq = word.indexOf('=');
            // an external address keeps its query string: only a bare word before '=' names an option
            if (eq > 0 && !Links.isExternal(word)) named.put(word.substring(0, eq), word.substring(eq + 1));
            else if (src.isEmpty()) src = word;
        }
        if (src.isEmpty()) {
            page.problems.report("KMS-004", at, "source of the " + tag + " block");
            return inner;
        }
        if (Links.isExternal(src)) {
            String label = inner.isBlank() ? Html.escape(src) : stripParagraph(inner);
            return "<p class=\"kemas-" + tag + "-link\"><a class=\"kemas-external\" href=\"" + Html.escape(src)
                    + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + label
                    + "<span class=\"kemas-sr-only\"> " + Html.escape(ui.get("link.newTab")) + "</span></a></p>\n";
        }
        page.local(src, at);
        StringBuilder b = new StringBuilder();
        b.append("<figure class=\"kemas-").append(tag).append("\">\n<").append(tag)
                .append(" controls preload=\"metadata\" src=\"").append(Html.escape(src)).append("\">");
        String captions = named.get("captions");
        if (captions != null) {
            page.local(captions, at);
            b.append("<track kind=\"captions\" src=\"").append(Html.escape(captions)).append("\" default>");
        }
        b.append("</").append(tag).append(">\n");
        if (!inner.isBlank()) b.append("<figcaption>").append(stripParagraph(inner)).append("</figcaption>\n");
        return b.append("</figure>\n").toString();
    }

    private static String stripParagraph(String html) {
        String h = html.strip();
        return h.startsWith("<p>") && h.endsWith("</p>") ? h.substring(3, h.length() - 4) : h;
    }

    private static String hint(String name) {
        return id.kemas.core.problem.DidYouMean.hint(name, NAMES);
    }
}
