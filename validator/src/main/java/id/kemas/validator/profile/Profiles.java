package id.kemas.validator.profile;

import id.kemas.validator.ManifestCheck;
import id.kemas.validator.Profile;

import java.util.List;

/** Stage 9: the checks of each LMS profile. */
public final class Profiles {

    private static final List<ManifestCheck> MOODLE = List.of(new MoodlePackageRules(), new MoodleSequencingRules());

    private Profiles() {
    }

    public static List<ManifestCheck> checks(Profile profile) {
        return switch (profile) {
            case NONE -> List.of();
            case MOODLE -> MOODLE;
        };
    }
}
