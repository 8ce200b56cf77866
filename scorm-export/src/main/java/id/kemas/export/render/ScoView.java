package id.kemas.export.render;

import id.kemas.core.i18n.UiStrings;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Page;
import id.kemas.core.model.Question;
import id.kemas.export.render.suspend.SuspendLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * What the templates see for one SCO, as maps so that theme templates can use plain
 * {@code $page.title} references. Every value is ready to print: texts are HTML-escaped, fields
 * ending in {@code Html} are trusted fragments from the course.
 */
final class ScoView {

    private ScoView() {}

    static Map<String, Object> context(Course course, Leaf leaf, SuspendLayout layout, UiStrings ui, String json) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("lang", HtmlText.escape(course.language()));
        c.put("t", escapedStrings(ui));
        c.put("course", Map.of("id", HtmlText.escape(course.id()), "title", HtmlText.escape(course.title())));
        c.put("sco", Map.of("id", HtmlText.escape(leaf.id()), "title", HtmlText.escape(leaf.title())));
        c.put("screens", layout.screens());
        c.put("position", HtmlText.escape(ui.get("page.position", 1, layout.screens())));
        c.put("firstTitle", HtmlText.escape(leaf.pages().isEmpty()
                ? ui.get("quiz.number", 1, layout.quiz().map(q -> q.drawn()).orElse(1))
                : leaf.pages().get(0).title()));
        String tableLabel = ui.get("table.label");
        List<Map<String, Object>> pages = new ArrayList<>();
        for (int i = 0; i < leaf.pages().size(); i++) pages.add(page(leaf.pages().get(i), i, tableLabel));
        c.put("pages", pages);
        List<Map<String, Object>> questions = new ArrayList<>();
        leaf.quiz().ifPresent(q -> {
            int drawn = layout.quiz().orElseThrow().drawn();
            for (int i = 0; i < q.questions().size(); i++) {
                Map<String, Object> m = question(q.id(), q.questions().get(i), ui, tableLabel);
                m.put("numberText", HtmlText.escape(ui.get("quiz.number", Math.min(i + 1, drawn), drawn)));
                questions.add(m);
            }
        });
        c.put("questions", questions);
        c.put("hasQuiz", leaf.quiz().isPresent());
        c.put("fillInMax", SuspendLayout.FILL_IN_MAX_LENGTH);
        c.put("assets", Map.of(
                "css", VelocityScoRenderer.SHARED_DIR + "kemas.css",
                "runtime", VelocityScoRenderer.SHARED_DIR + "kemas-runtime.js",
                "quiz", VelocityScoRenderer.SHARED_DIR + "kemas-quiz.js"));
        c.put("dataJson", json);
        return c;
    }

    private static Map<String, String> escapedStrings(UiStrings ui) {
        Map<String, String> t = new TreeMap<>();
        ui.all().forEach((k, v) -> t.put(k, HtmlText.escape(v)));
        return t;
    }

    private static Map<String, Object> page(Page p, int index, String tableLabel) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.put("number", index + 1);
        m.put("id", "kemas-page-" + (index + 1));
        m.put("title", HtmlText.escape(p.title()));
        m.put("bodyHtml", HtmlText.wrapTables(p.html(), tableLabel));
        return m;
    }

    private static Map<String, Object> question(String quizId, Question q, UiStrings ui, String tableLabel) {
        Map<String, Object> m = new LinkedHashMap<>();
        String base = "kemas-q-" + q.id();
        m.put("id", HtmlText.escape(q.id()));
        m.put("domId", HtmlText.escape(base));
        m.put("type", q.type().key());
        m.put("promptHtml", HtmlText.wrapTables(q.promptHtml(), tableLabel));
        m.put("explanationHtml", q.explanationHtml() == null ? "" : q.explanationHtml());
        List<Map<String, Object>> choices = new ArrayList<>();
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                for (Question.Choice ch : q.choices()) {
                    choices.add(Map.of("value", HtmlText.escape(ch.id()), "inputId", HtmlText.escape(base + "-" + ch.id()),
                            "labelHtml", HtmlText.inline(ch.textHtml())));
                }
            }
            case TRUE_FALSE -> {
                choices.add(Map.of("value", "true", "inputId", HtmlText.escape(base + "-true"),
                        "labelHtml", HtmlText.escape(ui.get("quiz.true"))));
                choices.add(Map.of("value", "false", "inputId", HtmlText.escape(base + "-false"),
                        "labelHtml", HtmlText.escape(ui.get("quiz.false"))));
            }
            default -> { }
        }
        m.put("choices", choices);
        m.put("inputType", q.type() == id.kemas.core.model.QuestionType.MULTIPLE ? "checkbox" : "radio");
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Question.MatchPair p : q.pairs()) {
            sources.add(Map.of("id", HtmlText.escape(p.id()), "selectId", HtmlText.escape(base + "-" + p.id()),
                    "labelHtml", HtmlText.inline(p.sourceHtml())));
        }
        m.put("sources", sources);
        m.put("targets", targets(quizId, q));
        return m;
    }

    /**
     * The options of a matching question: every target, as plain text (an option holds no markup),
     * in an order that does not give the pairs away and is the same in every build.
     */
    private static List<Map<String, Object>> targets(String quizId, Question q) {
        List<Question.MatchPair> sorted = new ArrayList<>(q.pairs());
        sorted.sort(Comparator.comparingLong((Question.MatchPair p) -> hash(quizId + "/" + q.id() + "/" + p.id()))
                .thenComparing(Question.MatchPair::id));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Question.MatchPair p : sorted) {
            out.add(Map.of("value", HtmlText.escape(p.id()), "text", HtmlText.escape(HtmlText.plain(p.targetHtml()))));
        }
        return out;
    }

    private static long hash(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
