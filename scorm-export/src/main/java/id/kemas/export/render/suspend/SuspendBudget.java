package id.kemas.export.render.suspend;

import id.kemas.export.render.suspend.SuspendLayout.QuestionShape;
import id.kemas.export.render.suspend.SuspendLayout.QuizShape;
import id.kemas.export.render.suspend.SuspendState.Answer;
import id.kemas.export.render.suspend.SuspendState.QuizState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The longest suspend data a SCO can ever write, found by encoding the worst state its layout
 * allows: every screen seen, a finished attempt that drew the questions with the longest answers,
 * every answer as long as it can be (fill-in text of characters that take nine characters each).
 */
public final class SuspendBudget {

    /** The smallest {@code cmi.suspend_data} every SCORM 2004 LMS must store. */
    public static final int SCORM_2004_LIMIT = 64_000;

    private SuspendBudget() {}

    public static int worstCase(SuspendLayout layout) {
        return SuspendDataCodec.encode(layout, worstState(layout)).length();
    }

    static SuspendState worstState(SuspendLayout layout) {
        Set<Integer> all = new TreeSet<>();
        for (int i = 0; i < layout.screens(); i++) all.add(i);
        Optional<QuizState> quiz = layout.quiz().map(SuspendBudget::worstAttempt);
        return SuspendState.of(all, quiz);
    }

    private static QuizState worstAttempt(QuizShape shape) {
        List<Integer> bank = IntStream.range(0, shape.questions().size()).boxed().toList();
        List<Integer> order = shape.fixedOrder() ? bank : bank.stream()
                .sorted(Comparator.comparingInt((Integer q) -> cost(shape, q)).reversed())
                .limit(shape.drawn())
                .toList();
        List<Answer> answers = new ArrayList<>();
        for (int q : order) answers.add(longestAnswer(shape.questions().get(q)));
        return new QuizState(true, order, answers);
    }

    private static int cost(QuizShape shape, int q) {
        return SuspendDataCodec.digits36(q) + SuspendDataCodec.encodeAnswerLength(shape.questions().get(q), longestAnswer(shape.questions().get(q)));
    }

    private static Answer longestAnswer(QuestionShape q) {
        return switch (q.type()) {
            case SINGLE -> new Answer.Single(q.options() - 1);
            case MULTIPLE -> new Answer.Multiple(new TreeSet<>(IntStream.range(0, q.options()).boxed().toList()));
            case TRUE_FALSE -> new Answer.TrueFalse(true);
            // U+0800 is three bytes of UTF-8, escaped as nine characters: the most any code unit takes.
            case FILL_IN -> new Answer.Text("\u0800".repeat(q.textMax()));
            case MATCHING -> new Answer.Matching(java.util.Collections.nCopies(q.options(), q.options() - 1));
        };
    }
}
