package id.kemas.export.target;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of LMS a course is built for. Each target makes a different package from the same
 * course; the learner's journey gives the same completion, success and score on every one.
 * <ul>
 * <li>{@link #SCORM2004}: standards-pure SCORM 2004 4th Edition, one SCO per leaf, the course's
 * sequencing in the manifest for the LMS's sequencing engine to enforce;</li>
 * <li>{@link #MOODLE}: SCORM 2004 4th Edition with one SCO that holds the whole course and enforces
 * the sequencing itself, avoiding what stock Moodle's {@code mod_scorm} gets wrong;</li>
 * <li>{@link #SCORM12}: the same single SCO as SCORM 1.2, for the Moodle app and older LMSs.</li>
 * </ul>
 */
public enum Target {
    SCORM2004("scorm2004", "SCORM 2004 4th Edition", 64_000, false,
            "one SCO per leaf; the course's sequencing in the manifest, for LMSs with a real sequencing engine"),
    MOODLE("moodle", "SCORM 2004 4th Edition", 64_000, true,
            "one SCO holding the whole course, which enforces the sequencing itself; for stock Moodle"),
    SCORM12("scorm12", "SCORM 1.2", 4_096, true,
            "the single-SCO course as SCORM 1.2, for the Moodle app and older LMSs");

    /** The target of {@code kemas build} when none is given. */
    public static final Target DEFAULT = MOODLE;

    private final String id;
    private final String standard;
    private final int suspendLimit;
    private final boolean singleSco;
    private final String summary;

    Target(String id, String standard, int suspendLimit, boolean singleSco, String summary) {
        this.id = id;
        this.standard = standard;
        this.suspendLimit = suspendLimit;
        this.singleSco = singleSco;
        this.summary = summary;
    }

    /** The name on the command line and in file names: {@code scorm2004}, {@code moodle}, {@code scorm12}. */
    public String id() {
        return id;
    }

    /** The SCORM edition of the package. */
    public String standard() {
        return standard;
    }

    /** The most {@code cmi.suspend_data} characters every LMS of the standard must keep. */
    public int suspendLimit() {
        return suspendLimit;
    }

    /** Whether the whole course is one SCO that sequences itself. */
    public boolean singleSco() {
        return singleSco;
    }

    /** What the target emits, in one line. */
    public String summary() {
        return summary;
    }

    public static Optional<Target> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equalsIgnoreCase(id.strip())).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
