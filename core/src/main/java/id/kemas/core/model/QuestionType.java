package id.kemas.core.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question, with the SCORM 2004 interaction type each is recorded as. */
public enum QuestionType {
    SINGLE("single", "choice"),
    MULTIPLE("multiple", "choice"),
    TRUE_FALSE("true-false", "true-false"),
    FILL_IN("fill-in", "fill-in"),
    MATCHING("matching", "matching");

    private final String key;
    private final String interactionType;

    QuestionType(String key, String interactionType) {
        this.key = key;
        this.interactionType = interactionType;
    }

    /** The word authors write in a quiz file. */
    public String key() {
        return key;
    }

    /** The value of {@code cmi.interactions.n.type}. */
    public String interactionType() {
        return interactionType;
    }

    public static Optional<QuestionType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
