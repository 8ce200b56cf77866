package id.kemas.validator.sequencing;

import id.kemas.validator.ManifestCheck;
import id.kemas.validator.ValidationOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Stage 8, the seam for sequencing lint: the semantic checks of a package's sequencing (dead ends,
 * rules that can never fire, globals read but never written ...) live outside the validator and
 * plug in here as {@link ManifestCheck}s, found with {@link ServiceLoader} on the class path
 * ({@code META-INF/services/id.kemas.validator.ManifestCheck}) or passed in
 * {@link ValidationOptions#extraChecks()}. They run after the structural rules of stage 5 have
 * reported what is malformed, on any package whose manifest parsed.
 */
public final class SequencingLintStage {

    private SequencingLintStage() {
    }

    /** The registered checks, then the ones the options add. */
    public static List<ManifestCheck> checks(ValidationOptions options) {
        List<ManifestCheck> all = new ArrayList<>(Registered.CHECKS);
        all.addAll(options.extraChecks());
        return all;
    }

    /** Checks registered on the class path, loaded once. */
    public static List<ManifestCheck> registered() {
        return Registered.CHECKS;
    }

    private static final class Registered {
        static final List<ManifestCheck> CHECKS = ServiceLoader.load(ManifestCheck.class, SequencingLintStage.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
    }
}
