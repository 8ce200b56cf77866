package id.kemas.core.markdown;

import id.kemas.core.i18n.UiStrings;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a page's Markdown (CommonMark, GitHub tables, raw HTML, {@code :::} blocks) into an HTML
 * fragment, collecting the local files it uses and reporting missing files, images without
 * alternative text and malformed blocks at their line and column.
 *
 * <pre>
 * Rendered r = new MarkdownRenderer(UiStrings.forLanguage("id"))
 *         .render(text, "pages/a.md", 4, refs, problems, true);
 * </pre>
 */
public final class MarkdownRenderer {

    private static final Pattern RAW_REFERENCE = Pattern.compile("\\b(?:src|href|poster)\\s*=\\s*([\"'])(.*?)\\1",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final UiStrings ui;
    private final Parser parser;

    public MarkdownRenderer(UiStrings ui) {
        this.ui = ui;
        this.parser = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    /**
     * The result of rendering one text.
     *
     * @param title the text of a leading level-1 heading that was taken out, if asked for and present
     */
    public record Rendered(String html, List<String> assets, Optional<String> title) {}

    /**
     * Renders {@code markdown}, whose first line is line {@code firstLine} of {@code file}.
     *
     * @param takeTitle take a leading {@code # heading} out of the body and give it as the title
     */
    public Rendered render(String markdown, String file, int firstLine, LocalReferences refs, Problems problems,
                           boolean takeTitle) {
        Context ctx = new Context(file, refs, problems);
        BlockSplitter.Result split = BlockSplitter.split(markdown, firstLine);
        for (BlockSplitter.Unclosed u : split.unclosed()) {
            problems.report("KMS-020", Location.of(file, u.line(), 1), u.name());
        }
        Optional<String> title = Optional.empty();
        List<Segment> segments = split.segments();
        StringBuilder html = new StringBuilder();
        Map<Segment.Text, Node> parsed = new IdentityHashMap<>();
        parseAll(segments, parsed);
        int shift = headingShift(parsed.values());
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (i == 0 && takeTitle && s instanceof Segment.Text t) {
                Node doc = parsed.get(t);
                if (doc.getFirstChild() instanceof Heading h && h.getLevel() == 1) {
                    title = Optional.of(textOf(h));
                    h.unlink();
                }
                html.append(renderDocument(doc, t.firstLine(), ctx, shift));
            } else {
                html.append(renderSegment(s, parsed, ctx, shift));
            }
        }
        return new Rendered(html.toString(), List.copyOf(ctx.assets), title);
    }

    /** Renders a short text (a quiz prompt or choice): one paragraph comes back without its {@code <p>}. */
    public Rendered renderInline(String markdown, String file, int line, LocalReferences refs, Problems problems) {
        Rendered r = render(markdown, file, line, refs, problems, false);
        String h = r.html().strip();
        if (h.startsWith("<p>") && h.endsWith("</p>") && h.indexOf("<p>", 3) < 0) {
            h = h.substring(3, h.length() - 4);
        }
        return new Rendered(h, r.assets(), Optional.empty());
    }

    private String renderSegment(Segment s, Map<Segment.Text, Node> parsed, Context ctx, int shift) {
        if (s instanceof Segment.Text t) return renderDocument(parsed.get(t), t.firstLine(), ctx, shift);
        Segment.Block b = (Segment.Block) s;
        StringBuilder inner = new StringBuilder();
        for (Segment c : b.children()) inner.append(renderSegment(c, parsed, ctx, shift));
        return new BlockRenderer(ui, ctx).render(b, inner.toString());
    }

    private String renderDocument(Node doc, int firstLine, Context ctx, int shift) {
        scanRawHtml(doc, firstLine, ctx);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .nodeRendererFactory(c -> new PageNodeRenderer(c, ui, ctx, firstLine, shift))
                .build();
        return renderer.render(doc);
    }

    /** Local files named in raw HTML (img src, a href ...) are used by the page too. */
    private void scanRawHtml(Node doc, int firstLine, Context ctx) {
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.HtmlBlock n) {
                scan(n.getLiteral(), n);
            }

            @Override
            public void visit(org.commonmark.node.HtmlInline n) {
                scan(n.getLiteral(), n);
            }

            private void scan(String literal, Node n) {
                Matcher m = RAW_REFERENCE.matcher(literal);
                while (m.find()) ctx.local(m.group(2), ctx.at(n, firstLine));
            }
        });
    }

    /** How far body headings move so that the highest becomes h2: the page title is the screen's h1. */
    private static int headingShift(Collection<Node> docs) {
        int min = 7;
        for (Node doc : docs) {
            boolean first = true;
            for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Heading h && !(first && h.getLevel() == 1)) min = Math.min(min, h.getLevel());
                first = false;
            }
        }
        return min == 7 ? 0 : 2 - min;
    }

    /** Parses every text segment once; the heading shift and the rendering both read the trees. */
    private void parseAll(List<Segment> segments, Map<Segment.Text, Node> parsed) {
        for (Segment s : segments) {
            if (s instanceof Segment.Block b) parseAll(b.children(), parsed);
            else parsed.put((Segment.Text) s, parser.parse(((Segment.Text) s).markdown()));
        }
    }

    static String textOf(Node n) {
        StringBuilder b = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                b.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code c) {
                b.append(c.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak s) {
                b.append(' ');
            }
        });
        return b.toString().strip();
    }

    /** What one render call shares between its pieces: the file, the checks, the assets found. */
    static final class Context {
        final String file;
        final LocalReferences refs;
        final Problems problems;
        final Set<String> assets = new LinkedHashSet<>();

        Context(String file, LocalReferences refs, Problems problems) {
            this.file = file;
            this.refs = refs;
            this.problems = problems;
        }

        /** Checks a local reference and records it as used; external and non-file targets pass. */
        void local(String href, Location where) {
            if (Links.isExternal(href) || Links.isNonFile(href)) return;
            refs.resolve(Links.filePart(href), where).ifPresent(assets::add);
        }

        Location at(Node n, int firstLine) {
            var spans = n.getSourceSpans();
            if (spans == null || spans.isEmpty()) return Location.of(file, firstLine, 1);
            var s = spans.get(0);
            return Location.of(file, firstLine + s.getLineIndex(), s.getColumnIndex() + 1);
        }

        Location line(int line) {
            return Location.of(file, line, 1);
        }

        List<String> assetList() {
            return new ArrayList<>(assets);
        }
    }
}
