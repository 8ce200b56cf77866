package id.kemas.validator;

import id.kemas.core.problem.Problems;

import java.util.Set;

/**
 * One group of rules over a parsed manifest and the package's file list. The content-aggregation,
 * file, launch-page and profile stages are made of these, and the sequencing-lint stage runs every
 * implementation that is registered as a {@link java.util.ServiceLoader} provider of this interface
 * (in {@code META-INF/services/id.kemas.validator.ManifestCheck}) or passed in
 * {@link ValidationOptions#extraChecks()}.
 * <p>
 * A check reports through {@code problems}, either with IDs of the validator's catalogue
 * ({@code problems.report(id, location, args)}) or with problems built from its own catalogue
 * ({@code problems.add(problem)}); in the latter case {@link #messageIds()} must list those IDs so
 * that users can override their severities. Implementations must be stateless and thread-safe,
 * and must not throw for any manifest, however malformed.
 */
public interface ManifestCheck {

    /** Short name for reports and logs, e.g. {@code "sequencing-lint"}. */
    String name();

    /** Runs the rules. Called once per package, only when the manifest parsed. */
    void check(CheckContext context, Problems problems);

    /** IDs this check reports that are not in the validator's own catalogue. */
    default Set<String> messageIds() {
        return Set.of();
    }

    /** Whether the check has anything to say about packages of this kind; SCORM 2004 only by default. */
    default boolean appliesTo(PackageKind kind) {
        return kind.isScorm2004();
    }
}
