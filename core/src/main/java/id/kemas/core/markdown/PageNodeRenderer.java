package id.kemas.core.markdown;

import id.kemas.core.i18n.UiStrings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders the Markdown nodes whose HTML kemas shapes itself: links (external ones open in a new
 * tab and say so), images (checked for alternative text; with a title they become figures),
 * and headings (moved down below the page's own h1/h2).
 */
final class PageNodeRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final UiStrings ui;
    private final MarkdownRenderer.Context page;
    private final int firstLine;
    private final int headingShift;

    PageNodeRenderer(HtmlNodeRendererContext context, UiStrings ui, MarkdownRenderer.Context page, int firstLine,
                     int headingShift) {
        this.context = context;
        this.html = context.getWriter();
        this.ui = ui;
        this.page = page;
        this.firstLine = firstLine;
        this.headingShift = headingShift;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class, Image.class, Paragraph.class, Heading.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Link link) renderLink(link);
        else if (node instanceof Image image) renderImage(image, false);
        else if (node instanceof Paragraph p) renderParagraph(p);
        else renderHeading((Heading) node);
    }

    private void renderLink(Link link) {
        String href = link.getDestination();
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("href", context.encodeUrl(href));
        if (link.getTitle() != null) attrs.put("title", link.getTitle());
        boolean external = Links.isExternal(href);
        if (external) {
            attrs.put("class", "kemas-external");
            attrs.put("target", "_blank");
            attrs.put("rel", "noopener noreferrer");
        } else {
            page.local(href, page.at(link, firstLine));
        }
        html.tag("a", attrs);
        renderChildren(link);
        if (external) {
            html.tag("span", Map.of("class", "kemas-sr-only"));
            html.text(" " + ui.get("link.newTab"));
            html.tag("/span");
        }
        html.tag("/a");
    }

    private void renderImage(Image image, boolean asFigure) {
        String src = image.getDestination();
        String alt = MarkdownRenderer.textOf(image);
        if (alt.isBlank()) page.problems.report("KMS-013", page.at(image, firstLine), src);
        page.local(src, page.at(image, firstLine));
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("src", context.encodeUrl(src));
        attrs.put("alt", alt);
        if (asFigure) {
            html.tag("figure", Map.of("class", "kemas-figure"));
            html.tag("img", attrs, true);
            html.tag("figcaption");
            html.text(image.getTitle());
            html.tag("/figcaption");
            html.tag("/figure");
            html.line();
        } else {
            if (image.getTitle() != null) attrs.put("title", image.getTitle());
            html.tag("img", attrs, true);
        }
    }

    private void renderParagraph(Paragraph p) {
        Image only = soleImage(p);
        if (only != null && only.getTitle() != null && !only.getTitle().isBlank()) {
            renderImage(only, true);
            return;
        }
        boolean tight = inTightList(p);
        if (!tight) {
            html.line();
            html.tag("p");
        }
        renderChildren(p);
        if (!tight) {
            html.tag("/p");
            html.line();
        }
    }

    private void renderHeading(Heading h) {
        String tag = "h" + Math.max(1, Math.min(6, h.getLevel() + headingShift));
        html.line();
        html.tag(tag);
        renderChildren(h);
        html.tag("/" + tag);
        html.line();
    }

    private void renderChildren(Node parent) {
        Node n = parent.getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            context.render(n);
            n = next;
        }
    }

    private static Image soleImage(Paragraph p) {
        Image found = null;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image i && found == null) found = i;
            else if (n instanceof SoftLineBreak) continue;
            else if (n instanceof Text t && t.getLiteral().isBlank()) continue;
            else return null;
        }
        return found;
    }

    private static boolean inTightList(Paragraph p) {
        Node parent = p.getParent();
        if (!(parent instanceof ListItem)) return false;
        Node list = parent.getParent();
        if (list instanceof BulletList b) return b.isTight();
        if (list instanceof OrderedList o) return o.isTight();
        return list instanceof ListBlock;
    }
}
