package id.kemas.core.model;

import id.kemas.core.problem.Location;
import id.kemas.core.sequencing.RawSequencing;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the author asked of sequencing on one node (or on the whole course), in the words of the
 * course format. Turning this into IMS Simple Sequencing is the sequencing compiler's job.
 *
 * @param navigation  how the children of a cluster (or of the course) may be visited
 * @param optional    the node counts for neither completion nor success
 * @param gatedBy     ids of nodes that must be completed before this one is available
 * @param attempts    how many attempts a test allows
 * @param remediation id of the activity a failed test sends the learner back to
 * @param testOut     ids of nodes a passed pre-test lets the learner skip
 * @param hideLmsUi   hide the LMS's own navigation while this node runs
 * @param randomBank  (cluster) how many of its children each attempt draws at random
 * @param resultFrom  (course level) id of the test whose success and score are the course's
 * @param raw         IMS Simple Sequencing written out by the author
 * @param locations   where each key of the block is written, by key
 */
public record Sequencing(Optional<Navigation> navigation, boolean optional, List<String> gatedBy,
                         OptionalInt attempts, Optional<String> remediation, List<String> testOut,
                         boolean hideLmsUi, OptionalInt randomBank, Optional<String> resultFrom, RawSequencing raw,
                         Map<String, Location> locations) {

    public static final Sequencing NONE = new Sequencing(Optional.empty(), false, List.of(), OptionalInt.empty(),
            Optional.empty(), List.of(), false, OptionalInt.empty(), Optional.empty(), RawSequencing.NONE, Map.of());

    public Sequencing {
        gatedBy = List.copyOf(gatedBy);
        testOut = List.copyOf(testOut);
        locations = Map.copyOf(locations);
    }

    /** Where {@code key} is written in this block, else {@code fallback}. */
    public Location location(String key, Location fallback) {
        return locations.getOrDefault(key, fallback);
    }

    /** The navigation templates. */
    public enum Navigation {
        FREE_CHOICE("free-choice"),
        FORCED_SEQUENTIAL("forced-sequential"),
        LINEAR_STRICT("linear-strict");

        private final String key;

        Navigation(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Navigation> byKey(String key) {
            for (Navigation n : values()) if (n.key.equals(key)) return Optional.of(n);
            return Optional.empty();
        }
    }
}
