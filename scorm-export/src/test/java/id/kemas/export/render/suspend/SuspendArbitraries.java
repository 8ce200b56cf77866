package id.kemas.export.render.suspend;

import id.kemas.core.model.QuestionType;
import id.kemas.export.render.suspend.SuspendLayout.QuestionShape;
import id.kemas.export.render.suspend.SuspendLayout.QuizShape;
import id.kemas.export.render.suspend.SuspendState.Answer;
import id.kemas.export.render.suspend.SuspendState.QuizState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random SCO layouts and suspend states that fit them, for property tests of the codec. */
public final class SuspendArbitraries {

    /** A layout with the state of one learner. */
    public record Case(SuspendLayout layout, SuspendState state) {}

    private SuspendArbitraries() {}

    public static Arbitrary<SuspendLayout> layouts() {
        Arbitrary<Optional<QuizShape>> quiz = Arbitraries.oneOf(Arbitraries.just(Optional.empty()), quizShapes().map(Optional::of));
        return Combinators.combine(Arbitraries.integers().between(0, 80), quiz,
                        Arbitraries.strings().withChars("0123456789abcdefghijklmnopqrstuvwxyz").ofLength(4))
                .as((pages, q, sig) -> new SuspendLayout(sig, Math.max(pages, q.isEmpty() ? 1 : 0) + q.map(s -> s.drawn() + 1).orElse(0), q));
    }

    static Arbitrary<QuizShape> quizShapes() {
        Arbitrary<QuestionShape> question = Arbitraries.of(QuestionType.values()).flatMap(type -> switch (type) {
            case SINGLE, MULTIPLE -> Arbitraries.integers().between(1, 40).map(n -> new QuestionShape(type, n, 0));
            case MATCHING -> Arbitraries.integers().between(1, 40).map(n -> new QuestionShape(type, n, 0));
            case TRUE_FALSE -> Arbitraries.just(new QuestionShape(type, 2, 0));
            case FILL_IN -> Arbitraries.integers().between(1, SuspendLayout.FILL_IN_MAX_LENGTH).map(n -> new QuestionShape(type, 0, n));
        });
        return question.list().ofMinSize(1).ofMaxSize(45).flatMap(qs -> Combinators.combine(
                Arbitraries.integers().between(1, qs.size()), Arbitraries.of(true, false))
                .as((drawn, shuffled) -> new QuizShape(qs, drawn, shuffled || drawn < qs.size())));
    }

    public static Arbitrary<Case> cases() {
        return layouts().flatMap(layout -> Arbitraries.randomValue(random -> new Case(layout, state(layout, random))));
    }

    /** A state the runtime could write for this layout. */
    static SuspendState state(SuspendLayout layout, Random r) {
        Set<Integer> seen = new TreeSet<>();
        for (int i = 0; i < layout.screens(); i++) if (r.nextBoolean()) seen.add(i);
        Optional<QuizState> quiz = layout.quiz().filter(q -> r.nextInt(4) > 0).map(q -> attempt(q, r));
        return SuspendState.of(seen, quiz);
    }

    private static QuizState attempt(QuizShape q, Random r) {
        List<Integer> bank = new ArrayList<>();
        for (int i = 0; i < q.questions().size(); i++) bank.add(i);
        if (!q.fixedOrder()) Collections.shuffle(bank, r);
        List<Integer> order = bank.subList(0, q.drawn());
        List<Answer> answers = new ArrayList<>();
        for (int qi : order) answers.add(r.nextInt(5) == 0 ? Answer.NONE : answer(q.questions().get(qi), r));
        return new QuizState(r.nextBoolean(), order, answers);
    }

    private static Answer answer(QuestionShape q, Random r) {
        return switch (q.type()) {
            case SINGLE -> new Answer.Single(r.nextInt(q.options()));
            case MULTIPLE -> {
                Set<Integer> chosen = new TreeSet<>();
                chosen.add(r.nextInt(q.options()));
                for (int i = 0; i < q.options(); i++) if (r.nextInt(3) == 0) chosen.add(i);
                yield new Answer.Multiple(new TreeSet<>(chosen));
            }
            case TRUE_FALSE -> new Answer.TrueFalse(r.nextBoolean());
            case FILL_IN -> new Answer.Text(text(r, q.textMax()));
            case MATCHING -> {
                List<Integer> targets = new ArrayList<>();
                for (int i = 0; i < q.options(); i++) targets.add(r.nextInt(q.options()));
                yield new Answer.Matching(targets);
            }
        };
    }

    /** Text a learner could type: ASCII with the codec's separators, accents, CJK, emoji, BOM. */
    static String text(Random r, int max) {
        int[] pool = {'a', 'Z', '5', ' ', '%', '|', ';', ',', '.', '~', '{', '}', '[', ']', '"', '\'', '<', '&', '\\',
                'é', 'ß', 'Ω', '中', '\uFEFF', '\u0800', 0x1F600, 0x10FFFF, '\n', '\t'};
        StringBuilder b = new StringBuilder();
        int length = 1 + r.nextInt(max);
        while (b.length() < length) {
            int cp = pool[r.nextInt(pool.length)];
            if (b.length() + Character.charCount(cp) > length) cp = 'x';
            b.appendCodePoint(cp);
        }
        return b.toString();
    }
}
