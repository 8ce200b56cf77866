package id.kemas.validator.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The references an HTML page makes, split into what it loads and what it merely links to. */
final class PageReferences {

    enum Kind { SCRIPT, STYLESHEET, FRAME, MEDIA, LINK }

    record Reference(Kind kind, String url, Element element) {
        /** Whether the page is broken without it (as opposed to a link the learner may follow). */
        boolean loaded() {
            return kind != Kind.LINK;
        }
    }

    private static final Set<String> IGNORED_SCHEMES = Set.of("javascript:", "data:", "mailto:", "tel:", "about:", "blob:");

    private PageReferences() {
    }

    static List<Reference> of(Document doc) {
        List<Reference> refs = new ArrayList<>();
        for (Element e : doc.select("script[src]")) add(refs, Kind.SCRIPT, e.attr("src"), e);
        for (Element e : doc.select("link[href]")) {
            String rel = e.attr("rel").toLowerCase(Locale.ROOT);
            if (rel.contains("stylesheet")) add(refs, Kind.STYLESHEET, e.attr("href"), e);
            else if (rel.contains("icon") || rel.contains("preload") || rel.contains("modulepreload")) add(refs, Kind.MEDIA, e.attr("href"), e);
        }
        for (Element e : doc.select("iframe[src], frame[src]")) add(refs, Kind.FRAME, e.attr("src"), e);
        for (Element e : doc.select("img[src], source[src], video[src], audio[src], track[src], embed[src], input[type=image][src]")) {
            add(refs, Kind.MEDIA, e.attr("src"), e);
        }
        for (Element e : doc.select("video[poster]")) add(refs, Kind.MEDIA, e.attr("poster"), e);
        for (Element e : doc.select("object[data]")) add(refs, Kind.MEDIA, e.attr("data"), e);
        for (Element e : doc.select("a[href], area[href]")) add(refs, Kind.LINK, e.attr("href"), e);
        return refs;
    }

    private static void add(List<Reference> refs, Kind kind, String url, Element e) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("#") || u.contains("{{") || u.contains("${") || u.contains("<%")) return;
        String lower = u.toLowerCase(Locale.ROOT);
        for (String s : IGNORED_SCHEMES) if (lower.startsWith(s)) return;
        refs.add(new Reference(kind, u, e));
    }
}
