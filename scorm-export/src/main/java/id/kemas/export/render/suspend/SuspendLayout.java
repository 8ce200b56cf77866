package id.kemas.export.render.suspend;

import id.kemas.core.model.Leaf;
import id.kemas.core.model.Question;
import id.kemas.core.model.QuestionType;
import id.kemas.core.model.Quiz;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * What the suspend-data encoding of one SCO depends on: how many screens it has and the shape of
 * its questions. The runtime script receives the same numbers, so both sides read and write the
 * same format.
 *
 * @param signature a short fingerprint of the shape; data written for another shape is ignored
 * @param screens   content pages, then (with a quiz) one screen per drawn question and the results
 * @param quiz      the quiz's shape, if the SCO has one
 */
public record SuspendLayout(String signature, int screens, Optional<QuizShape> quiz) {

    /** Longest fill-in answer the runtime accepts, in UTF-16 code units. */
    public static final int FILL_IN_MAX_LENGTH = 100;

    public SuspendLayout {
        Objects.requireNonNull(signature);
        if (screens < 1) throw new IllegalArgumentException("a SCO has at least one screen");
    }

    /**
     * @param questions the question bank, in the author's order
     * @param drawn     how many questions one attempt shows
     * @param shuffled  whether the order of an attempt can differ from the author's order
     */
    public record QuizShape(List<QuestionShape> questions, int drawn, boolean shuffled) {
        public QuizShape {
            questions = List.copyOf(questions);
            if (drawn < 1 || drawn > questions.size()) throw new IllegalArgumentException("drawn " + drawn);
        }

        /** Whether an attempt's order is always the author's order (and then is not stored). */
        public boolean fixedOrder() {
            return !shuffled && drawn == questions.size();
        }
    }

    /**
     * @param options number of choices (single, multiple) or pairs (matching); 2 for true-false
     * @param textMax longest fill-in answer, in UTF-16 code units (0 for other types)
     */
    public record QuestionShape(QuestionType type, int options, int textMax) {}

    public static SuspendLayout of(Leaf leaf) {
        int pages = leaf.pages().size();
        Optional<QuizShape> quiz = leaf.quiz().map(SuspendLayout::shapeOf);
        int screens = pages + quiz.map(q -> q.drawn() + 1).orElse(0);
        return new SuspendLayout(signatureOf(leaf, screens), screens, quiz);
    }

    /** The layout as the runtime script reads it (the {@code suspend} member of its data). */
    public Map<String, Object> toRuntimeMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signature", signature);
        m.put("screens", screens);
        m.put("quiz", quiz.map(q -> {
            List<Object> questions = new ArrayList<>();
            for (QuestionShape s : q.questions()) {
                Map<String, Object> shape = new LinkedHashMap<>();
                shape.put("type", s.type().key());
                shape.put("options", s.options());
                shape.put("textMax", s.textMax());
                questions.add(shape);
            }
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("drawn", q.drawn());
            shape.put("fixedOrder", q.fixedOrder());
            shape.put("questions", questions);
            return (Object) shape;
        }).orElse(null));
        return m;
    }

    /** How many content pages come before the quiz. */
    public int pages() {
        return screens - quiz.map(q -> q.drawn() + 1).orElse(0);
    }

    private static QuizShape shapeOf(Quiz quiz) {
        List<QuestionShape> shapes = new ArrayList<>();
        for (Question q : quiz.questions()) {
            int options = switch (q.type()) {
                case SINGLE, MULTIPLE -> q.choices().size();
                case MATCHING -> q.pairs().size();
                case TRUE_FALSE -> 2;
                case FILL_IN -> 0;
            };
            shapes.add(new QuestionShape(q.type(), options, q.type() == QuestionType.FILL_IN ? FILL_IN_MAX_LENGTH : 0));
        }
        int drawn = quiz.select().isPresent() ? Math.min(quiz.select().getAsInt(), shapes.size()) : shapes.size();
        boolean shuffled = quiz.shuffle() || drawn < shapes.size();
        return new QuizShape(shapes, drawn, shuffled);
    }

    /**
     * Four base-36 characters from everything the encoding depends on: screens, and the ids, types
     * and options of the questions. Editing a page's text keeps it; adding a page or a choice changes it.
     */
    private static String signatureOf(Leaf leaf, int screens) {
        StringBuilder s = new StringBuilder("screens=").append(screens);
        leaf.quiz().ifPresent(quiz -> {
            s.append(";select=").append(quiz.select().isPresent() ? quiz.select().getAsInt() : -1)
                    .append(";shuffle=").append(quiz.shuffle());
            for (Question q : quiz.questions()) {
                s.append(';').append(q.id()).append(':').append(q.type().key());
                q.choices().forEach(c -> s.append(',').append(c.id()));
                q.pairs().forEach(p -> s.append(',').append(p.id()));
            }
        });
        CRC32 crc = new CRC32();
        crc.update(s.toString().getBytes(StandardCharsets.UTF_8));
        String base36 = Long.toString(crc.getValue() % (36L * 36 * 36 * 36), 36);
        return "0".repeat(4 - base36.length()) + base36;
    }
}
