package id.kemas.export.render;

import id.kemas.core.i18n.UiStrings;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.MessageCatalog;
import id.kemas.core.problem.Problems;
import id.kemas.export.pkg.PackageEntry;
import id.kemas.export.render.suspend.SuspendBudget;
import id.kemas.export.render.suspend.SuspendLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Renders each leaf into one launch page with Apache Velocity: every page and question of the
 * SCO in one accessible document, driven by the bundled runtime script. Templates and assets
 * can be overridden by name from the course's {@code theme/} folder.
 *
 * <pre>
 * ScoRenderer r = new VelocityScoRenderer(courseRoot.resolve("theme"));
 * List&lt;PackageEntry&gt; page = r.renderLeaf(course, leaf, problems);
 * </pre>
 */
public final class VelocityScoRenderer implements ScoRenderer {

    /** Folder of the shared files inside the package. */
    public static final String SHARED_DIR = "kemas/";

    /** The message catalogue of rendering (SCO- IDs). */
    public static final MessageCatalog MESSAGES = MessageCatalog.load(VelocityScoRenderer.class, "Messages.properties");

    static final String RUNTIME_DIR = "/id/kemas/export/runtime/";
    static final List<String> RUNTIME_FILES = List.of("kemas.css", "kemas-quiz.js", "kemas-runtime.js");
    private static final String THEME_PREFIX = "theme/";
    private static final Pattern SAFE_PATH = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*");

    private final Templates templates;
    private final int suspendLimit;

    /** Built-in templates only. */
    public VelocityScoRenderer() {
        this(Optional.empty(), SuspendBudget.SCORM_2004_LIMIT);
    }

    /** Templates in {@code themeDir} (the course's {@code theme/} folder; it need not exist) override the built-in ones. */
    public VelocityScoRenderer(Path themeDir) {
        this(Optional.of(themeDir), SuspendBudget.SCORM_2004_LIMIT);
    }

    /**
     * @param suspendLimit the most {@code cmi.suspend_data} characters the target LMS keeps
     *                     (64,000 for SCORM 2004; 4,096 for SCORM 1.2)
     */
    public VelocityScoRenderer(Optional<Path> themeDir, int suspendLimit) {
        this.templates = new Templates(themeDir);
        this.suspendLimit = suspendLimit;
    }

    @Override
    public List<PackageEntry> renderLeaf(Course course, Leaf leaf, Problems problems) {
        SuspendLayout layout = SuspendLayout.of(leaf);
        checkSuspendBudget(leaf, layout, problems);
        UiStrings ui = UiStrings.forLanguage(course.language());
        String json = JsonWriter.write(RuntimeData.of(course, leaf, layout, ui));
        Map<String, Object> context = ScoView.context(course, leaf, layout, ui, json);
        try {
            return List.of(new PackageEntry.Bytes(ScoRenderer.launchPath(leaf), templates.renderUtf8("sco.vm", context)));
        } catch (Templates.TemplateException e) {
            problems.add(MESSAGES.problem("SCO-002", e.location(), e.getMessage()));
            return List.of();
        }
    }

    /** Fails the build when the SCO's suspend data could outgrow what the LMS must keep. */
    private void checkSuspendBudget(Leaf leaf, SuspendLayout layout, Problems problems) {
        int worst = SuspendBudget.worstCase(layout);
        if (worst > suspendLimit) {
            Location where = leaf.quiz().map(q -> Location.of(q.sourcePath())).orElse(leaf.source());
            problems.add(MESSAGES.problem("SCO-001", where, leaf.id(), String.valueOf(worst),
                    String.valueOf(suspendLimit), String.valueOf(9 * SuspendLayout.FILL_IN_MAX_LENGTH)));
        }
    }

    /**
     * The runtime script, quiz script and style sheet under {@code kemas/}, each replaced by a theme
     * file of the same name, and every other theme file (fonts, logos) beside them. Templates
     * ({@code *.vm}) are used by {@link #renderLeaf}, not copied.
     */
    @Override
    public List<PackageEntry> sharedFiles(Course course, Path courseRoot, Problems problems) {
        Map<String, PackageEntry> byPath = new TreeMap<>();
        for (String name : RUNTIME_FILES) byPath.put(SHARED_DIR + name, new PackageEntry.Bytes(SHARED_DIR + name, builtIn(name)));
        for (String file : course.themeFiles()) {
            if (!file.startsWith(THEME_PREFIX) || file.endsWith(".vm")) continue;
            String relative = file.substring(THEME_PREFIX.length());
            Path source = courseRoot.resolve(file).normalize();
            if (!SAFE_PATH.matcher(relative).matches() || !source.startsWith(courseRoot.normalize())) {
                problems.add(MESSAGES.problem("SCO-003", Location.of(file), file, "unsafe name or path"));
                continue;
            }
            if (!Files.isRegularFile(source)) {
                problems.add(MESSAGES.problem("SCO-003", Location.of(file), file, "not a regular file"));
                continue;
            }
            byPath.put(SHARED_DIR + relative, new PackageEntry.OnDisk(SHARED_DIR + relative, source));
        }
        List<PackageEntry> out = new ArrayList<>(byPath.values());
        out.sort(Comparator.comparing(PackageEntry::path));
        return List.copyOf(out);
    }

    /** The bytes of a bundled runtime file. */
    static byte[] builtIn(String name) {
        try (InputStream in = VelocityScoRenderer.class.getResourceAsStream(RUNTIME_DIR + name)) {
            if (in == null) throw new IllegalStateException("runtime file missing from the build: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
