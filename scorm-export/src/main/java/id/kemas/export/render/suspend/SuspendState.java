package id.kemas.export.render.suspend;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a SCO keeps in {@code cmi.suspend_data} between sessions: the screens the learner has seen
 * and the state of the quiz attempt. The current screen is kept in {@code cmi.location}.
 *
 * @param seen 0-based indexes of the screens seen
 */
public record SuspendState(SortedSet<Integer> seen, Optional<QuizState> quiz) {

    public SuspendState {
        seen = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(seen));
    }

    public static SuspendState of(Set<Integer> seen, Optional<QuizState> quiz) {
        return new SuspendState(new TreeSet<>(seen), quiz);
    }

    /**
     * @param finished whether the attempt's results have been shown
     * @param order    the bank index of the question on each question screen of the attempt
     * @param answers  the checked answer on each question screen, {@link Answer.None} before checking
     */
    public record QuizState(boolean finished, List<Integer> order, List<Answer> answers) {
        public QuizState {
            order = List.copyOf(order);
            answers = List.copyOf(answers);
            if (order.size() != answers.size()) throw new IllegalArgumentException("one answer per question screen");
        }
    }

    /** A checked answer; which kind fits depends on the question type. */
    public sealed interface Answer {
        /** Not answered yet. */
        record None() implements Answer {}

        /** Single choice: the index of the chosen choice. */
        record Single(int choice) implements Answer {}

        /** Multiple response: the indexes of the chosen choices (at least one). */
        record Multiple(SortedSet<Integer> choices) implements Answer {
            public Multiple {
                choices = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(choices));
            }
        }

        record TrueFalse(boolean value) implements Answer {}

        /** Fill-in: the learner's text (not empty). */
        record Text(String text) implements Answer {}

        /** Matching: for each pair in the author's order, the index of the target chosen for its source. */
        record Matching(List<Integer> targets) implements Answer {
            public Matching {
                targets = List.copyOf(targets);
            }
        }

        Answer NONE = new None();
    }
}
