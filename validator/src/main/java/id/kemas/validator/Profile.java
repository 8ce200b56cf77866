package id.kemas.validator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An LMS whose known departures from the specification are reported as extra warnings. */
public enum Profile {
    /** The specification only. */
    NONE,
    /** Stock Moodle {@code mod_scorm} and the Moodle app. */
    MOODLE;

    /** The name used on the command line and in reports: {@code none}, {@code moodle}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Profile> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id.strip())).findFirst();
    }
}
