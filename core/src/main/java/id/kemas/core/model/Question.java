package id.kemas.core.model;

import id.kemas.core.problem.Location;
import java.util.List;
import java.util.Optional;

/**
 * One question. Which of the answer fields are used depends on the type: choices (single,
 * multiple), answer (true-false), accept (fill-in), pairs (matching); the others are empty.
 * Texts are HTML fragments rendered from the author's Markdown.
 *
 * @param checks id of the leaf whose material the question checks, if given
 */
public record Question(String id, QuestionType type, Optional<String> checks, String promptHtml,
                       List<Choice> choices, Optional<Boolean> answer, List<String> accept,
                       List<MatchPair> pairs, String explanationHtml, double weight, List<String> assets,
                       Location source) {

    public Question {
        choices = List.copyOf(choices);
        accept = List.copyOf(accept);
        pairs = List.copyOf(pairs);
        assets = List.copyOf(assets);
    }

    /** One option of a choice question. */
    public record Choice(String id, String textHtml, boolean correct) {}

    /** One pair of a matching question: the source is matched to the target. */
    public record MatchPair(String id, String sourceHtml, String targetHtml) {}
}
