package id.kemas.export.render;

import id.kemas.core.i18n.UiStrings;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.problem.MessageCatalog;
import id.kemas.core.problem.Problems;
import id.kemas.core.rules.CourseRules;
import id.kemas.export.pkg.PackageEntry;
import id.kemas.export.render.course.CourseSuspendBudget;
import id.kemas.export.render.course.CourseSuspendLayout;
import id.kemas.export.render.course.RuleTable;
import id.kemas.export.render.suspend.SuspendLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Renders a whole course into the one launch page of a single SCO: the home menu, and every
 * material's screens made by the same templates as a SCO's page ({@code header.vm}, {@code page.vm},
 * {@code question.vm}, {@code results.vm}, {@code nav.vm}, laid out by {@code course-material.vm}),
 * driven by {@code kemas-course.js}, which enforces the course's rule table ({@link CourseRules}).
 * Fails the build when the course's suspend data could outgrow what the target LMS keeps.
 *
 * <pre>
 * CourseShellRenderer shell = new CourseShellRenderer(Optional.of(courseRoot.resolve("theme")), 4096, "SCORM 1.2");
 * // renders the launch page of the package's single leaf
 * ScoRenderer r = shell.forCourse(course, CourseRules.compile(course));
 * </pre>
 */
public final class CourseShellRenderer {

    /** The course script and style sheet, beside the runtime files under {@code kemas/}. */
    static final String SCRIPT = "kemas-course.js";
    static final String STYLESHEET = "kemas-course.css";

    public static final MessageCatalog MESSAGES = MessageCatalog.load(CourseSuspendBudget.class, "Messages.properties");

    private final Templates templates;
    private final VelocityScoRenderer sco;
    private final int suspendLimit;
    private final String standard;

    /**
     * @param suspendLimit the most {@code cmi.suspend_data} characters the target LMS keeps
     * @param standard     the standard that sets the limit, for the message ("SCORM 1.2")
     */
    public CourseShellRenderer(Optional<Path> themeDir, int suspendLimit, String standard) {
        this.templates = new Templates(themeDir);
        this.sco = new VelocityScoRenderer(themeDir, suspendLimit);
        this.suspendLimit = suspendLimit;
        this.standard = standard;
    }

    /**
     * The renderer of a package whose single leaf stands for {@code course}: that leaf's launch page
     * is the whole course, enforcing {@code rules} (compiled from {@code course}).
     */
    public ScoRenderer forCourse(Course course, CourseRules rules) {
        return new ScoRenderer() {
            @Override
            public List<PackageEntry> renderLeaf(Course packaged, Leaf leaf, Problems problems) {
                byte[] page = render(course, rules, problems);
                return List.of(new PackageEntry.Bytes(ScoRenderer.launchPath(leaf), page));
            }

            @Override
            public List<PackageEntry> sharedFiles(Course packaged, Path courseRoot, Problems problems) {
                return CourseShellRenderer.this.sharedFiles(course, courseRoot, problems);
            }
        };
    }

    /** The launch page; problems (sequencing, suspend budget, templates) go to {@code problems}. */
    byte[] render(Course course, CourseRules rules, Problems problems) {
        problems.addAll(rules.problems());
        CourseSuspendLayout layout = CourseSuspendLayout.of(course, rules);
        checkSuspendBudget(course, layout, problems);
        UiStrings ui = UiStrings.forLanguage(course.language());
        List<Map<String, Object>> materials = new ArrayList<>();
        List<Object> materialData = new ArrayList<>();
        long materialChars = 0;
        try {
            for (Material m : renderMaterials(course, layout, ui)) {
                materials.add(Map.of("id", HtmlText.escape(m.leaf().id()), "html", m.html()));
                materialChars += m.html().length();
                materialData.add(m.data());
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("format", 1);
            data.put("course", Map.of("id", course.id(), "title", course.title(), "language", course.language()));
            data.put("rules", RuleTable.toRuntime(rules, ui));
            data.put("progressCompletion", rules.progressCompletion().map(p -> (Object) p.doubleValue()).orElse(null));
            data.put("suspend", layout.toRuntimeMap());
            data.put("materials", materialData);
            data.put("strings", new TreeMap<>(ui.all()));
            String json = JsonWriter.write(data);
            return templates.renderUtf8("course-shell.vm", CourseView.context(course, rules, ui, materials, json),
                    expectedSize(materialChars + json.length()));
        } catch (Templates.TemplateException e) {
            problems.add(MESSAGES.problem("CRS-002", e.location(), e.getMessage()));
            return new byte[0];
        }
    }

    /** One material's screens and its runtime data, or the template fault that stopped it. */
    private record Material(Leaf leaf, String html, Map<String, Object> data, Templates.TemplateException fault) {}

    /**
     * Renders every material's screens. Materials are independent of each other, so they are
     * rendered on all cores (a large course is most of a build's work); the list keeps course order
     * and the first fault in that order is the one reported, so the result does not depend on timing.
     */
    private List<Material> renderMaterials(Course course, CourseSuspendLayout layout, UiStrings ui)
            throws Templates.TemplateException {
        List<Material> rendered = IntStream.range(0, course.leaves().size()).parallel()
                .mapToObj(i -> material(course, course.leaves().get(i), layout.materials().get(i), ui))
                .toList();
        for (Material m : rendered) {
            if (m.fault() != null) throw m.fault();
        }
        return rendered;
    }

    private Material material(Course course, Leaf leaf, SuspendLayout own, UiStrings ui) {
        try {
            String html = templates.render("course-material.vm", ScoView.context(course, leaf, own, ui, ""));
            Map<String, Object> data = new LinkedHashMap<>(RuntimeData.of(course, leaf, own, ui));
            data.remove("strings");
            return new Material(leaf, html, data, null);
        } catch (Templates.TemplateException e) {
            return new Material(leaf, null, null, e);
        }
    }

    /**
     * The page's likely size in bytes: its materials and data, plus a sixteenth for the shell's markup
     * and characters that take more than a byte. A wrong guess costs only a copy.
     */
    private static int expectedSize(long chars) {
        return (int) Math.min(Integer.MAX_VALUE - 16, chars + chars / 16 + 64 * 1024);
    }

    private void checkSuspendBudget(Course course, CourseSuspendLayout layout, Problems problems) {
        CourseSuspendBudget.WorstCase worst = CourseSuspendBudget.worstCase(layout);
        if (worst.total() <= suspendLimit) return;
        int largest = worst.largest();
        problems.add(MESSAGES.problem("CRS-001", course.source(), String.valueOf(worst.total()),
                String.valueOf(suspendLimit), standard, layout.ids().get(largest),
                String.valueOf(worst.perMaterial().get(largest))));
    }

    /** The SCO renderer's shared files (runtime, quiz, styles, theme files) and the course script and style sheet. */
    List<PackageEntry> sharedFiles(Course course, Path courseRoot, Problems problems) {
        Map<String, PackageEntry> byPath = new TreeMap<>();
        for (String name : List.of(SCRIPT, STYLESHEET)) {
            String path = VelocityScoRenderer.SHARED_DIR + name;
            byPath.put(path, new PackageEntry.Bytes(path, VelocityScoRenderer.builtIn(name)));
        }
        for (PackageEntry e : sco.sharedFiles(course, courseRoot, problems)) byPath.put(e.path(), e);
        List<PackageEntry> out = new ArrayList<>(byPath.values());
        out.sort(Comparator.comparing(PackageEntry::path));
        return List.copyOf(out);
    }
}
