package id.kemas.validator;

import id.kemas.core.problem.Problem;

import java.util.Objects;

/**
 * A problem plus the raw text behind it, when there is one (for example the XML parser's own
 * message for a schema failure), kept for reports but never needed to understand the problem.
 */
public record Finding(Problem problem, String detail) {

    public Finding {
        Objects.requireNonNull(problem, "problem");
        detail = detail == null ? "" : detail;
    }

    public static Finding of(Problem p) {
        return new Finding(p, "");
    }
}
