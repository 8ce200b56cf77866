package id.kemas.export.render;

import id.kemas.core.i18n.UiStrings;
import id.kemas.core.model.Course;
import id.kemas.core.rules.CourseRules;
import id.kemas.core.rules.RuleNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code course-shell.vm} and {@code course-menu.vm} see: the course, the home menu as rows
 * and each material's rendered screens. Texts are HTML-escaped; {@code html} values are trusted.
 */
final class CourseView {

    private CourseView() {}

    /**
     * @param materials per material: its leaf id and its screens rendered by {@code course-material.vm}
     */
    static Map<String, Object> context(Course course, CourseRules rules, UiStrings ui, List<Map<String, Object>> materials,
                                       String json) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("lang", HtmlText.escape(course.language()));
        Map<String, String> t = new java.util.TreeMap<>();
        ui.all().forEach((k, v) -> t.put(k, HtmlText.escape(v)));
        c.put("t", t);
        c.put("course", Map.of("id", HtmlText.escape(course.id()), "title", HtmlText.escape(course.title())));
        c.put("menu", menu(rules));
        c.put("materials", materials);
        c.put("assets", Map.of(
                "css", VelocityScoRenderer.SHARED_DIR + "kemas.css",
                "courseCss", VelocityScoRenderer.SHARED_DIR + CourseShellRenderer.STYLESHEET,
                "runtime", VelocityScoRenderer.SHARED_DIR + "kemas-runtime.js",
                "quiz", VelocityScoRenderer.SHARED_DIR + "kemas-quiz.js",
                "course", VelocityScoRenderer.SHARED_DIR + CourseShellRenderer.SCRIPT));
        c.put("dataJson", json);
        return c;
    }

    /**
     * The activity tree as rows in course order, for nested lists: a row with children opens a list
     * that the {@code closers} of the last row inside it close.
     */
    static List<Map<String, Object>> menu(CourseRules rules) {
        List<RuleNode> nodes = rules.nodes().subList(1, rules.nodes().size());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int k = 0; k < nodes.size(); k++) {
            RuleNode n = nodes.get(k);
            int depth = depth(rules, n);
            int nextDepth = k + 1 < nodes.size() ? depth(rules, nodes.get(k + 1)) : 1;
            boolean opens = !n.isLeaf() && !n.children().isEmpty();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", HtmlText.escape(n.id()));
            row.put("title", HtmlText.escape(n.title()));
            row.put("leaf", n.isLeaf());
            row.put("optional", n.optional());
            row.put("stateId", HtmlText.escape("kemas-state-" + n.id()));
            row.put("hasChildren", opens);
            row.put("closers", opens ? List.of() : Collections.nCopies(Math.max(0, depth - nextDepth), ""));
            rows.add(row);
        }
        return rows;
    }

    private static int depth(CourseRules rules, RuleNode n) {
        int d = 0;
        for (RuleNode x = n; !x.isCourse(); x = rules.nodes().get(x.parent())) d++;
        return d;
    }
}
