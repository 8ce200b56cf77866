package id.kemas.core.load;

import id.kemas.core.markdown.MarkdownRenderer;
import id.kemas.core.model.Page;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads Markdown pages: front matter, title and body rendered to HTML. Pages named in advance
 * ({@link #loadAhead}) are read and rendered on worker threads, one per core, while the course
 * file is still being read: on a course with thousands of pages this is most of the loading time.
 * Each page reports into a list of its own, handed over when the page is taken, so the problems
 * are the same as when loading one page after another.
 */
final class PageLoader implements AutoCloseable {

    private static final Set<String> FRONT_MATTER_KEYS = Set.of("title");

    /** Fewer pages than this are read on the calling thread: workers would cost more than they save. */
    private static final int AHEAD_MINIMUM = 32;

    private record Loaded(Optional<Page> page, Problems problems) {}

    private final CourseFiles files;
    private final MarkdownRenderer markdown;
    private final Problems problems;
    private final Map<Location, CompletableFuture<Loaded>> ahead = new HashMap<>();
    private ExecutorService workers;

    PageLoader(CourseFiles files, MarkdownRenderer markdown, Problems problems) {
        this.files = files;
        this.markdown = markdown;
        this.problems = problems;
    }

    /** Starts loading these pages (as written, with where they were written) on worker threads. */
    void loadAhead(List<YamlMap.Located<String>> pages) {
        if (pages.size() < AHEAD_MINIMUM) return;
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), 8);
        workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kemas-page-loader");
            t.setDaemon(true);
            return t;
        });
        for (YamlMap.Located<String> p : pages) {
            ahead.computeIfAbsent(p.location(), at -> CompletableFuture.supplyAsync(() -> alone(p.value(), at), workers));
        }
    }

    Optional<Page> load(String written, Location where) {
        CompletableFuture<Loaded> started = ahead.remove(where);
        Loaded loaded = started == null ? alone(written, where) : take(started);
        problems.addAll(loaded.problems().sorted());
        return loaded.page();
    }

    private static Loaded take(CompletableFuture<Loaded> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    @Override
    public void close() {
        if (workers != null) workers.shutdownNow();
    }

    private Loaded alone(String written, Location where) {
        Problems own = new Problems(problems.catalog());
        return new Loaded(read(written, where, files.reportingTo(own), own), own);
    }

    private Optional<Page> read(String written, Location where, CourseFiles files, Problems problems) {
        Optional<String> path = files.existing(written, where, "KMS-011");
        if (path.isEmpty()) return Optional.empty();
        Optional<String> text = files.readText(path.get(), where);
        if (text.isEmpty()) return Optional.empty();

        String file = path.get();
        String body = text.get();
        int bodyLine = 1;
        Optional<String> title = Optional.empty();
        if (body.startsWith("---\n")) {
            int end = body.indexOf("\n---\n", 3);
            boolean endsAtEof = end < 0 && body.endsWith("\n---");
            if (end < 0 && !endsAtEof) {
                problems.report("KMS-022", Location.of(file, 1, 1), "the block opened by '---' is never closed");
            } else {
                int stop = end < 0 ? body.length() - 4 : end;
                String yaml = body.substring(4, stop + 1);
                Optional<YamlMap> fm = yaml.isBlank() ? Optional.empty()
                        : YamlFiles.parseMap(yaml, file, 1, problems, "KMS-022");
                fm.ifPresent(m -> m.allowOnly(FRONT_MATTER_KEYS));
                title = fm.flatMap(m -> m.string("title")).map(String::strip);
                bodyLine = (int) body.substring(0, Math.min(body.length(), stop + 5)).chars().filter(c -> c == '\n').count() + 1;
                body = end < 0 ? "" : body.substring(end + 5);
            }
        }
        MarkdownRenderer.Rendered r = markdown.render(body, file, bodyLine,
                (ref, at) -> files.existing(ref, at, "KMS-012"), problems, title.isEmpty());
        String pageTitle = title.or(r::title).orElseGet(() -> fileTitle(file));
        if (pageTitle.isBlank()) {
            problems.report("KMS-010", Location.of(file, 1, 1), "page title");
        }
        return Optional.of(new Page(file, pageTitle, r.html(), r.assets(), Location.of(file, 1, 1)));
    }

    private static String fileTitle(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        name = name.replaceFirst("^\\d+[-_ ]*", "").replace('-', ' ').replace('_', ' ').strip();
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
