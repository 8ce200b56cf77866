package id.kemas.core.load;

import id.kemas.core.i18n.UiStrings;
import id.kemas.core.markdown.MarkdownRenderer;
import id.kemas.core.model.Cluster;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;
import id.kemas.core.model.Page;
import id.kemas.core.model.Quiz;
import id.kemas.core.model.SemVer;
import id.kemas.core.model.Sequencing;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.MessageCatalog;
import id.kemas.core.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a course folder into a {@link Course}. Reads everything and reports every problem it
 * finds (never only the first), each with an ID, a location and a hint; gives a course only when
 * no error was found.
 *
 * <pre>
 * LoadResult r = CourseLoader.load(Path.of("samples/berakhlak"));
 * r.problems().forEach(p -&gt; System.err.println(p.headline()));
 * </pre>
 */
public final class CourseLoader {

    /** The message catalogue of course loading (KMS- IDs). */
    public static final MessageCatalog MESSAGES = MessageCatalog.load(CourseLoader.class, "Messages.properties");

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final String COURSE_FILE = "course.yaml";
    private static final Set<String> COURSE_KEYS = Set.of("id", "title", "version", "language", "description",
            "keywords", "author", "organization", "home", "sequencing", "children");
    private static final Set<String> NODE_KEYS = Set.of("id", "title", "children", "pages", "quiz", "sequencing");

    private final CourseFiles files;
    private final Problems problems;
    private final References references = new References();
    private final Map<String, Location> ids = new HashMap<>();
    // Ids by the kind of node they were written on, even where the node itself had errors, so
    // that one error does not cause a cascade of unresolved references.
    private final Set<String> leafIds = new java.util.HashSet<>();
    private final Set<String> quizLeafIds = new java.util.HashSet<>();
    private final SequencingReader sequencing;
    private MarkdownRenderer markdown;
    private PageLoader pages;
    private QuizLoader quizzes;

    private CourseLoader(Path root) {
        this.problems = new Problems(MESSAGES);
        this.files = new CourseFiles(root, problems);
        this.sequencing = new SequencingReader(problems, references);
    }

    public static LoadResult load(Path courseDir) {
        return new CourseLoader(courseDir).run();
    }

    private LoadResult run() {
        Path yaml = files.root().resolve(COURSE_FILE);
        if (!Files.isRegularFile(yaml)) {
            problems.report("KMS-001", Location.of(files.root().toString()), files.root().toString());
            return new LoadResult(Optional.empty(), problems.sorted());
        }
        Optional<Course> course;
        try {
            course = files.readText(COURSE_FILE, Location.of(COURSE_FILE))
                    .flatMap(text -> YamlFiles.parseMap(text, COURSE_FILE, 0, problems, "KMS-002"))
                    .flatMap(this::course);
        } finally {
            if (pages != null) pages.close();
        }
        return new LoadResult(problems.hasErrors() ? Optional.empty() : course, problems.sorted());
    }

    private Optional<Course> course(YamlMap m) {
        m.allowOnly(COURSE_KEYS);
        Optional<String> id = m.requiredString("id").filter(i -> validId(i, m.valueLocation("id")));
        Optional<String> title = m.requiredString("title");
        Optional<SemVer> version = m.requiredString("version").flatMap(v -> {
            Optional<SemVer> sv = SemVer.parse(v);
            if (sv.isEmpty()) problems.report("KMS-008", m.valueLocation("version"), v);
            return sv;
        });
        Optional<String> language = m.requiredString("language").filter(l -> validLanguage(l, m.valueLocation("language")));
        Optional<String> description = m.string("description").map(String::strip);
        if (description.isEmpty() || description.get().isEmpty()) problems.report("KMS-028", m.location());
        List<String> keywords = m.strings("keywords").stream().map(k -> k.value().strip()).filter(k -> !k.isEmpty()).toList();
        Optional<String> home = m.string("home").map(String::strip);
        home.ifPresent(h -> references.note("home", h, References.Kind.LEAF, m.valueLocation("home")));

        markdown = new MarkdownRenderer(UiStrings.forLanguage(language.orElse("en")));
        pages = new PageLoader(files, markdown, problems);
        quizzes = new QuizLoader(files, markdown, problems, references);

        Sequencing seq = m.map("sequencing").map(s -> sequencing.read(s, true)).orElse(Sequencing.NONE);
        pages.loadAhead(pagesNamed(m.silent(), new ArrayList<>()));
        List<Node> children = children(m);
        List<String> theme = files.filesUnder("theme");

        references.check(ids.keySet(), leafIds, quizLeafIds, problems);

        if (id.isEmpty() || title.isEmpty() || version.isEmpty() || language.isEmpty()) return Optional.empty();
        return Optional.of(new Course(id.get(), title.get(), version.get(), language.get(), description.orElse(""),
                keywords, m.string("author").map(String::strip), m.string("organization").map(String::strip), home,
                seq, children, theme, Location.of(COURSE_FILE, 1, 1)));
    }

    private List<Node> children(YamlMap parent) {
        List<Node> out = new ArrayList<>();
        if (!parent.has("children")) {
            problems.report("KMS-004", parent.location(), "children");
            return out;
        }
        List<org.yaml.snakeyaml.nodes.Node> items = parent.list("children");
        if (items.isEmpty()) problems.report("KMS-010", parent.keyLocation("children"), "'children' list");
        for (var item : items) parent.asMap(item, "a node").flatMap(this::node).ifPresent(out::add);
        return out;
    }

    /** Every page the tree below {@code m} names, in reading order; nothing is reported here. */
    private static List<YamlMap.Located<String>> pagesNamed(YamlMap m, List<YamlMap.Located<String>> out) {
        for (var item : m.list("children")) {
            m.asMap(item, "a node").ifPresent(child -> {
                out.addAll(child.strings("pages"));
                pagesNamed(child, out);
            });
        }
        return out;
    }

    private Optional<Node> node(YamlMap m) {
        m.allowOnly(NODE_KEYS);
        Location at = m.location();
        Optional<String> written = m.requiredString("id");
        written.ifPresent(i -> {
            Location first = ids.putIfAbsent(i, m.valueLocation("id"));
            if (first != null) problems.report("KMS-007", m.valueLocation("id"), i, first);
        });
        Optional<String> id = written.filter(i -> validId(i, m.valueLocation("id")));
        Optional<String> title = m.requiredString("title");
        Sequencing seq = m.map("sequencing").map(s -> sequencing.read(s, false)).orElse(Sequencing.NONE);
        String name = id.orElse("?");
        boolean hasChildren = m.has("children");
        boolean hasContent = m.has("pages") || m.has("quiz");
        if (hasChildren && hasContent) {
            problems.report("KMS-014", at, name, "has both 'children' and 'pages'/'quiz'");
        }
        if (hasChildren) {
            List<Node> children = children(m);
            return id.isPresent() && title.isPresent()
                    ? Optional.of(new Cluster(id.get(), title.get(), seq, children, at)) : Optional.empty();
        }
        if (!hasContent) {
            problems.report("KMS-014", at, name, "has neither 'children' nor 'pages' or a 'quiz'");
            return Optional.empty();
        }
        written.ifPresent(leafIds::add);
        if (m.has("quiz")) written.ifPresent(quizLeafIds::add);
        List<Page> leafPages = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (var p : m.strings("pages")) {
            pages.load(p.value(), p.location()).ifPresent(page -> {
                if (seen.add(page.sourcePath())) leafPages.add(page);
                else problems.report("KMS-025", p.location(), "page", page.sourcePath());
            });
        }
        Optional<Quiz> quiz = m.string("quiz").flatMap(q -> quizzes.load(q, m.valueLocation("quiz"), name));
        return id.isPresent() && title.isPresent()
                ? Optional.of(new Leaf(id.get(), title.get(), seq, leafPages, quiz, at)) : Optional.empty();
    }

    private boolean validId(String id, Location at) {
        if (ID.matcher(id).matches()) return true;
        problems.report("KMS-006", at, id);
        return false;
    }

    private boolean validLanguage(String tag, Location at) {
        boolean ok = LANGUAGE.matcher(tag).matches() && !Locale.forLanguageTag(tag).getLanguage().isEmpty();
        if (!ok) problems.report("KMS-009", at, tag);
        return ok;
    }
}
