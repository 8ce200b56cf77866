package id.kemas.export.render;

import id.kemas.core.i18n.UiStrings;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Question;
import id.kemas.core.model.Quiz;
import id.kemas.export.render.suspend.SuspendLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the runtime script needs about one SCO, written into its launch page as JSON
 * ({@code <script type="application/json" id="kemas-data">}).
 */
final class RuntimeData {

    /** Manifest item identifiers derive from node ids this way. */
    static String itemId(String nodeId) {
        return "ITEM-" + nodeId;
    }

    private RuntimeData() {}

    static Map<String, Object> of(Course course, Leaf leaf, SuspendLayout layout, UiStrings ui) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("format", 1);
        data.put("course", map("id", course.id(), "title", course.title(), "language", course.language()));
        data.put("sco", map("id", leaf.id(), "title", leaf.title(), "item", itemId(leaf.id())));
        data.put("home", course.home()
                .map(h -> (Object) map("item", itemId(h), "isThis", h.equals(leaf.id())))
                .orElse(null));
        data.put("pageCount", leaf.pages().size());
        data.put("completionThreshold", 1);
        data.put("suspend", layout.toRuntimeMap());
        data.put("quiz", leaf.quiz().map(q -> (Object) quiz(q, course.language())).orElse(null));
        data.put("strings", new LinkedHashMap<>(ui.all()));
        return data;
    }

    private static Map<String, Object> quiz(Quiz quiz, String language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", quiz.id());
        m.put("passingScore", quiz.passingScore().isPresent() ? quiz.passingScore().getAsInt() : null);
        m.put("retry", quiz.retry());
        m.put("shuffle", quiz.shuffle());
        int drawn = quiz.select().isPresent() ? Math.min(quiz.select().getAsInt(), quiz.questions().size())
                : quiz.questions().size();
        m.put("drawn", drawn);
        m.put("textMax", SuspendLayout.FILL_IN_MAX_LENGTH);
        List<Object> questions = new ArrayList<>();
        for (Question q : quiz.questions()) questions.add(question(q, language));
        m.put("questions", questions);
        return m;
    }

    private static Map<String, Object> question(Question q, String language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("type", q.type().key());
        m.put("interactionType", q.type().interactionType());
        m.put("weight", q.weight());
        m.put("description", description(q.promptHtml(), language));
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                m.put("choices", q.choices().stream().map(Question.Choice::id).toList());
                m.put("correct", q.choices().stream().filter(Question.Choice::correct).map(Question.Choice::id).toList());
            }
            case TRUE_FALSE -> {
                m.put("choices", List.of("true", "false"));
                m.put("answer", q.answer().orElse(Boolean.TRUE));
            }
            case FILL_IN -> m.put("accept", q.accept().stream().map(String::strip).toList());
            case MATCHING -> m.put("pairs", q.pairs().stream().map(Question.MatchPair::id).toList());
        }
        return m;
    }

    /**
     * {@code cmi.interactions.n.description}: a localized string of at most 250 characters, on one
     * line, that may not start with "{" after its language tag.
     */
    static String description(String promptHtml, String language) {
        String text = HtmlText.plain(promptHtml).replaceAll("\\s+", " ").strip();
        if (text.startsWith("{")) text = "(" + text.substring(1);
        if (text.length() > 250) {
            int end = Character.isHighSurrogate(text.charAt(249)) ? 249 : 250;
            text = text.substring(0, end);
        }
        return language.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{2,8})?") ? "{lang=" + language + "}" + text : text;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
