package id.kemas.validator.html;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.AnyVersionCheck;
import id.kemas.validator.container.EntryTooLargeException;
import id.kemas.validator.container.FileIndex;
import id.kemas.validator.container.PackageContent;
import id.kemas.validator.files.PackagePath;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.XmlElement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Stage 7: each launched page parses as HTML (jsoup is as lenient as browsers, so this never fails
 * on markup); a SCO's page loads some script that can reach the SCORM API, directly or in a frame it
 * loads; the files a page loads and links to are in the package, with the same letter case. Pages
 * are checked in parallel; their problems are reported in page order.
 */
public final class LaunchPageCheck implements AnyVersionCheck {

    /** Text that SCORM API discovery or calling code contains, minified or not. */
    private static final List<String> API_MARKERS = List.of("API_1484_11", "LMSInitialize", "LMSFinish", "pipwerks",
            "SCORM_API", "scormAPI", "getAPIHandle", "findAPI", "FindAPI", "GetAPI");

    /** How many frames deep a SCO's API code is looked for. */
    private static final int FRAME_DEPTH = 2;

    /** One launched page and the resource that launches it. */
    private record Page(String path, XmlElement resource, boolean sco) {
    }

    @Override
    public String name() {
        return "launch-pages";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        List<Page> pages = pages(ctx);
        Pages reader = new Pages(ctx.content(), ctx.options().limits().maxPageBytes());
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, pages.size() / 8));
        if (threads <= 1) {
            for (Page p : pages) problems.addAll(check(p, reader, ctx.files(), problems));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "kemas-pages");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<List<Problem>>> found = new ArrayList<>();
            for (Page p : pages) found.add(CompletableFuture.supplyAsync(() -> check(p, reader, ctx.files(), problems), pool));
            for (CompletableFuture<List<Problem>> f : found) problems.addAll(f.join());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The distinct launched pages, in document order; a page is a SCO's if any SCO launches it. */
    private static List<Page> pages(CheckContext ctx) {
        ContentStructure s = ctx.manifest().structure();
        Map<String, Page> pages = new LinkedHashMap<>();
        for (XmlElement item : s.launchingItems()) {
            XmlElement r = s.launched(item).orElseThrow();
            Optional<String> href = r.attr("href").filter(h -> !h.isBlank());
            if (href.isEmpty()) continue;
            if (PackagePath.resolve(s.xmlBase(r), href.get()) instanceof PackagePath.Inside in && ctx.files().contains(in.path())) {
                boolean sco = s.isSco(r);
                pages.merge(in.path(), new Page(in.path(), r, sco), (a, b) -> a.sco() || !b.sco() ? a : b);
            }
        }
        return List.copyOf(pages.values());
    }

    /** The problems of one page, in a list of their own (pages are checked on several threads). */
    private static List<Problem> check(Page page, Pages reader, FileIndex files, Problems shared) {
        Problems problems = new Problems(shared.catalog());
        String resource = ContentStructure.identifier(page.resource());
        if (!isHtml(page.path())) {
            if (page.sco()) problems.report("HTM-004", page.resource().location(), page.path(), resource);
            return problems.sorted();
        }
        Optional<Parsed> parsed = reader.parse(page.path(), problems);
        if (parsed.isEmpty()) return problems.sorted();
        checkReferences(page.path(), parsed.get(), files, problems);
        if (page.sco() && !reachesApi(page.path(), parsed.get().doc(), reader, files, FRAME_DEPTH, new HashSet<>(), problems)) {
            problems.report("HTM-001", page.resource().location(), page.path(), resource);
        }
        return problems.sorted();
    }

    private static void checkReferences(String page, Parsed parsed, FileIndex files, Problems problems) {
        Set<String> reported = new HashSet<>();
        for (PageReferences.Reference ref : PageReferences.of(parsed.doc())) {
            if (!reported.add(ref.url())) continue;
            PackagePath.Resolved r = PackagePath.resolveFrom(page, ref.url());
            boolean loadsCode = ref.kind() == PageReferences.Kind.SCRIPT || ref.kind() == PageReferences.Kind.STYLESHEET;
            if (r instanceof PackagePath.External ext) {
                if (loadsCode && ext.url().regionMatches(true, 0, "http", 0, 4)) {
                    problems.report("HTM-006", parsed.at(page, ref.url()), page, ext.url());
                }
            } else if (ref.url().startsWith("//")) {
                if (loadsCode) problems.report("HTM-006", parsed.at(page, ref.url()), page, ref.url());
            } else if (r instanceof PackagePath.AboveRoot) {
                problems.report("HTM-007", parsed.at(page, ref.url()), page, ref.url());
            } else if (r instanceof PackagePath.Inside in && !files.contains(in.path()) && !files.isFolder(in.path())) {
                Optional<String> other = files.caseInsensitiveMatch(in.path());
                if (other.isPresent()) problems.report("HTM-005", parsed.at(page, ref.url()), page, in.path(), other.get());
                else problems.report(ref.loaded() ? "HTM-002" : "HTM-003", parsed.at(page, ref.url()), page, in.path());
            } else if (r instanceof PackagePath.BadEscape) {
                problems.report(ref.loaded() ? "HTM-002" : "HTM-003", parsed.at(page, ref.url()), page, ref.url());
            }
        }
    }

    /** Whether the page, a script it loads, or a frame it loads (recursively) contains API code. */
    private static boolean reachesApi(String page, Document doc, Pages reader, FileIndex files, int depth, Set<String> seen,
                                      Problems problems) {
        if (!seen.add(page)) return false;
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.hasAttr("src")) {
                if (hasApiMarker(script.data())) return true;
                continue;
            }
            PackagePath.Resolved r = PackagePath.resolveFrom(page, script.attr("src"));
            if (r instanceof PackagePath.External) return true; // cannot be inspected; HTM-006 covers it
            if (r instanceof PackagePath.Inside in && files.contains(in.path()) && reader.hasApiCode(in.path())) return true;
        }
        if (depth == 0) return false;
        for (Element frame : doc.select("iframe[src], frame[src]")) {
            if (PackagePath.resolveFrom(page, frame.attr("src")) instanceof PackagePath.Inside in
                    && files.contains(in.path()) && isHtml(in.path())) {
                Optional<Parsed> inner = reader.parse(in.path(), problems);
                if (inner.isPresent() && reachesApi(in.path(), inner.get().doc(), reader, files, depth - 1, seen, problems)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasApiMarker(String code) {
        for (String m : API_MARKERS) if (code.contains(m)) return true;
        return code.contains("Initialize(") && code.contains("Terminate(");
    }

    private static boolean isHtml(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".html") || p.endsWith(".htm") || p.endsWith(".xhtml");
    }

    /**
     * A parsed page and its source text. Positions are found in the source only for the rare
     * reference that is reported: tracking every node's position would slow parsing down.
     */
    private record Parsed(Document doc, String source) {
        Location at(String page, String url) {
            int i = source.indexOf(url);
            if (i < 0) return Location.of(page);
            int line = 1;
            int lineStart = 0;
            for (int k = source.indexOf('\n'); k >= 0 && k < i; k = source.indexOf('\n', k + 1)) {
                line++;
                lineStart = k + 1;
            }
            return Location.of(page, line, i - lineStart + 1);
        }
    }

    /** Reads package files for this stage within the page size limit; remembers which scripts hold API code. */
    private static final class Pages {
        private final PackageContent content;
        private final long max;
        private final Map<String, Boolean> apiCode = new ConcurrentHashMap<>();

        Pages(PackageContent content, long max) {
            this.content = content;
            this.max = max;
        }

        Optional<Parsed> parse(String path, Problems problems) {
            Optional<byte[]> bytes = bytes(path, problems);
            if (bytes.isEmpty()) return Optional.empty();
            String source = new String(bytes.get(), Charsets.of(bytes.get()));
            return Optional.of(new Parsed(Jsoup.parse(source), source));
        }

        boolean hasApiCode(String script) {
            return apiCode.computeIfAbsent(script, p ->
                    bytes(p, null).map(b -> hasApiMarker(new String(b, StandardCharsets.UTF_8))).orElse(false));
        }

        /** The file's bytes; a page too large to check is reported (HTM-008) when {@code problems} is given. */
        private Optional<byte[]> bytes(String path, Problems problems) {
            try {
                return Optional.of(content.read(path, max));
            } catch (EntryTooLargeException e) {
                if (problems != null) problems.report("HTM-008", Location.of(path), path, max);
                return Optional.empty();
            } catch (IOException e) {
                return Optional.empty(); // the container stage reported the damaged entry
            }
        }
    }
}
