package id.kemas.export.target;

/**
 * SCORM 1.2 keeps one status, {@code cmi.core.lesson_status}, where SCORM 2004 keeps completion and
 * success apart. A known success wins (passed, failed); otherwise completion (completed,
 * incomplete). This is what the runtime's SCORM 1.2 adapter writes ({@code kemas-runtime.js},
 * {@code adapter12}); the same mapping gives each {@code cmi.objectives.n.status}.
 */
public final class LessonStatus {

    private LessonStatus() {}

    /**
     * @param completion {@code completed}, {@code incomplete} or {@code unknown}
     * @param success    {@code passed}, {@code failed} or {@code unknown}
     */
    public static String of(String completion, String success) {
        if (success.equals("passed") || success.equals("failed")) return success;
        if (completion.equals("completed") || completion.equals("incomplete")) return completion;
        return "not attempted";
    }
}
