package id.kemas.export.render.suspend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kemas.core.model.QuestionType;
import id.kemas.export.render.suspend.SuspendLayout.QuestionShape;
import id.kemas.export.render.suspend.SuspendLayout.QuizShape;
import id.kemas.export.render.suspend.SuspendState.Answer;
import id.kemas.export.render.suspend.SuspendState.QuizState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SuspendDataCodecTest {

    private static final SuspendLayout LAYOUT = new SuspendLayout("ab12", 8, Optional.of(new QuizShape(List.of(
            new QuestionShape(QuestionType.SINGLE, 4, 0),
            new QuestionShape(QuestionType.MULTIPLE, 3, 0),
            new QuestionShape(QuestionType.TRUE_FALSE, 2, 0),
            new QuestionShape(QuestionType.FILL_IN, 0, 100),
            new QuestionShape(QuestionType.MATCHING, 3, 0)), 5, true)));

    @Test
    void writesTheDocumentedFormat() {
        SuspendState state = SuspendState.of(Set.of(0, 1, 2, 7), Optional.of(new QuizState(false,
                List.of(4, 3, 2, 1, 0),
                List.of(new Answer.Matching(List.of(2, 0, 1)), new Answer.Text("Kompetensi, teknis|é"),
                        new Answer.TrueFalse(false), new Answer.Multiple(new TreeSet<>(Set.of(0, 2))), Answer.NONE))));
        String data = SuspendDataCodec.encode(LAYOUT, state);
        assertEquals("K1ab12|HC|0;4.3.2.1.0;201,Kompetensi%2C teknis%7C%C3%A9,f,F,", data);
        assertEquals(Optional.of(state), SuspendDataCodec.decode(LAYOUT, data));
    }

    @Test
    void aSixtyFourThousandCharacterBudgetHoldsTheSampleSizedPostTest() {
        // 30 questions of which 5 fill-in: far below the limit
        List<QuestionShape> questions = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) questions.add(new QuestionShape(QuestionType.SINGLE, 4, 0));
        for (int i = 0; i < 5; i++) questions.add(new QuestionShape(QuestionType.FILL_IN, 0, 100));
        SuspendLayout layout = new SuspendLayout("0000", 32, Optional.of(new QuizShape(questions, 30, false)));
        // "K1" + signature + "|" + 6 characters of seen + "|1;;" + 25 single answers + 5 x 900 + 29 commas
        assertEquals(2 + 4 + 1 + 6 + 4 + 25 + 5 * 900 + 29, SuspendBudget.worstCase(layout));
    }
}
