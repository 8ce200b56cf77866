package id.kemas.validator.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The groups {@link #of} lists references in: first what the page loads, then what it links to. */
    private enum Group { SCRIPTS, LINK_ELEMENTS, FRAMES, SOURCES, POSTERS, OBJECTS, LINKS }

    private static final Set<String> IGNORED_SCHEMES = Set.of("javascript:", "data:", "mailto:", "tel:", "about:", "blob:");

    private PageReferences() {
    }

    /**
     * Every reference of the page: scripts, then stylesheets and other {@code <link>}s, frames,
     * media sources, posters, objects and links last, each group in document order. A caller that
     * reports each URL once reports it as its first kind: loaded rather than linked.
     */
    static List<Reference> of(Document doc) {
        Map<Group, List<Reference>> groups = new EnumMap<>(Group.class);
        for (Group g : Group.values()) groups.put(g, new ArrayList<>());
        // one walk through the page, not one per kind of element: this runs for every launch page
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "script" -> add(groups.get(Group.SCRIPTS), Kind.SCRIPT, e, "src");
                case "link" -> {
                    String rel = e.attr("rel").toLowerCase(Locale.ROOT);
                    List<Reference> into = groups.get(Group.LINK_ELEMENTS);
                    if (rel.contains("stylesheet")) add(into, Kind.STYLESHEET, e, "href");
                    else if (rel.contains("icon") || rel.contains("preload")) add(into, Kind.MEDIA, e, "href");
                }
                case "iframe", "frame" -> add(groups.get(Group.FRAMES), Kind.FRAME, e, "src");
                case "img", "source", "audio", "track", "embed" -> add(groups.get(Group.SOURCES), Kind.MEDIA, e, "src");
                case "video" -> {
                    add(groups.get(Group.SOURCES), Kind.MEDIA, e, "src");
                    add(groups.get(Group.POSTERS), Kind.MEDIA, e, "poster");
                }
                case "input" -> {
                    if (e.attr("type").strip().equalsIgnoreCase("image")) add(groups.get(Group.SOURCES), Kind.MEDIA, e, "src");
                }
                case "object" -> add(groups.get(Group.OBJECTS), Kind.MEDIA, e, "data");
                case "a", "area" -> add(groups.get(Group.LINKS), Kind.LINK, e, "href");
                default -> { }
            }
        }
        List<Reference> refs = new ArrayList<>();
        groups.values().forEach(refs::addAll);
        return refs;
    }

    private static void add(List<Reference> refs, Kind kind, Element e, String attribute) {
        if (e.hasAttr(attribute)) add(refs, kind, e.attr(attribute), e);
    }

    private static void add(List<Reference> refs, Kind kind, String url, Element e) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("#") || u.contains("{{") || u.contains("${") || u.contains("<%")) return;
        String lower = u.toLowerCase(Locale.ROOT);
        for (String s : IGNORED_SCHEMES) if (lower.startsWith(s)) return;
        refs.add(new Reference(kind, u, e));
    }
}
