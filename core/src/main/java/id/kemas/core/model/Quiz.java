package id.kemas.core.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The questions of a leaf.
 *
 * @param passingScore percent (0-100) at or above which the leaf is passed; empty: no pass mark
 * @param retry        whether the learner may try again from the results page
 * @param shuffle      whether question order is shuffled per attempt
 * @param select       how many questions to draw per attempt (random bank); empty: all
 */
public record Quiz(String id, String sourcePath, OptionalInt passingScore, boolean retry, boolean shuffle,
                   OptionalInt select, List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    public Optional<Double> scaledPassingScore() {
        return passingScore.isPresent() ? Optional.of(passingScore.getAsInt() / 100.0) : Optional.empty();
    }

    /** Course files used by question texts. */
    public Set<String> assets() {
        Set<String> out = new LinkedHashSet<>();
        for (Question q : questions) out.addAll(q.assets());
        return out;
    }
}
