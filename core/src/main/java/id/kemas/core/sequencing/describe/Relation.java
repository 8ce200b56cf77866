package id.kemas.core.sequencing.describe;

import id.kemas.core.sequencing.Activity;

/**
 * A link between two activities that sequencing rules make through global objectives.
 *
 * @param from the activity whose status matters
 * @param to   the activity whose rules look at it
 */
public record Relation(Kind kind, Activity from, Activity to) {

    public enum Kind {
        /** {@code to} is locked until {@code from} is completed (or passed). */
        UNLOCKS("unlocks"),
        /** a passed {@code from} skips {@code to}. */
        SKIPS("skips when passed"),
        /** a failed {@code from} sends the learner back to {@code to}. */
        REMEDIATES("back to when failed");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
