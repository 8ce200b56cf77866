package id.kemas.export.render.course;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a single-SCO course keeps in {@code cmi.suspend_data}: where the learner is, the random
 * banks' draws, and each material's status, attempts, score, place and own suspend data.
 *
 * @param current   the material on screen, empty on the home menu
 * @param draws     per random bank, the positions of the children drawn, in the order drawn; empty
 *                  before the first draw
 * @param materials one per material, in material order
 */
public record CourseSuspendState(OptionalInt current, List<Optional<List<Integer>>> draws, List<Material> materials) {

    public CourseSuspendState {
        draws = List.copyOf(draws);
        materials = List.copyOf(materials);
    }

    public enum Completion { UNKNOWN, INCOMPLETE, COMPLETED }

    public enum Success { UNKNOWN, PASSED, FAILED }

    /**
     * @param attempts finished attempts of the material's quiz
     * @param measure  the quiz's scaled score in ten-thousandths (0 to 10,000), once known
     * @param pending  a failed test waits for its remediation activity to be studied again
     * @param location the screen the learner was last on, 1-based; 0 when never opened
     * @param player   the material's own suspend data ({@code SuspendDataCodec}); "" when none
     */
    public record Material(Completion completion, Success success, boolean pending, int attempts, OptionalInt measure,
                           int location, String player) {

        public static final Material UNTOUCHED = new Material(Completion.UNKNOWN, Success.UNKNOWN, false, 0,
                OptionalInt.empty(), 0, "");

        public Material {
            Objects.requireNonNull(completion);
            Objects.requireNonNull(success);
            Objects.requireNonNull(player);
            if (attempts < 0 || location < 0) throw new IllegalArgumentException("negative count");
            if (measure.isPresent() && (measure.getAsInt() < 0 || measure.getAsInt() > CourseSuspendCodec.MEASURE_SCALE)) {
                throw new IllegalArgumentException("measure " + measure.getAsInt());
            }
        }
    }
}
