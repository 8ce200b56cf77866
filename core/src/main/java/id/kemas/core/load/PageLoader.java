package id.kemas.core.load;

import id.kemas.core.markdown.MarkdownRenderer;
import id.kemas.core.model.Page;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import java.util.Optional;
import java.util.Set;

/** Reads one Markdown page: its front matter, its title and its body rendered to HTML. */
final class PageLoader {

    private static final Set<String> FRONT_MATTER_KEYS = Set.of("title");

    private final CourseFiles files;
    private final MarkdownRenderer markdown;
    private final Problems problems;

    PageLoader(CourseFiles files, MarkdownRenderer markdown, Problems problems) {
        this.files = files;
        this.markdown = markdown;
        this.problems = problems;
    }

    Optional<Page> load(String written, Location where) {
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
