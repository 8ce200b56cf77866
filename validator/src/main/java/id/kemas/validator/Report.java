package id.kemas.validator;

import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Severity;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The outcome of validating one package: what it is, which checks ran, and every problem found,
 * ordered by file, line, column and ID.
 */
public final class Report {

    /** Problems whose ID means the input itself could not be read (exit code 3 on the command line). */
    private static final Set<String> UNREADABLE = Set.of("PKG-001", "PKG-002");

    static final Comparator<Finding> ORDER = Comparator.<Finding, id.kemas.core.problem.Location>comparing(f -> f.problem().location())
            .thenComparing(f -> f.problem().id())
            .thenComparing(f -> f.problem().message());

    private final String input;
    private final PackageKind kind;
    private final Profile profile;
    private final List<Stage> stagesRun;
    private final List<Finding> findings;
    private final boolean failOnWarning;

    public Report(String input, PackageKind kind, Profile profile, List<Stage> stagesRun, List<Finding> findings,
                  boolean failOnWarning) {
        this.input = input;
        this.kind = kind;
        this.profile = profile;
        this.stagesRun = List.copyOf(stagesRun);
        this.findings = findings.stream().sorted(ORDER).toList();
        this.failOnWarning = failOnWarning;
    }

    /** The package as the user named it (file or folder name). */
    public String input() {
        return input;
    }

    public PackageKind kind() {
        return kind;
    }

    public Profile profile() {
        return profile;
    }

    /** The stages that ran, in order; a fatal problem leaves the later ones out. */
    public List<Stage> stagesRun() {
        return stagesRun;
    }

    /** Every problem, sorted by file, line, column, then ID. */
    public List<Problem> problems() {
        return findings.stream().map(Finding::problem).toList();
    }

    /** Every problem with its raw detail text, in the same order as {@link #problems()}. */
    public List<Finding> findings() {
        return findings;
    }

    /** Fatal problems and errors. */
    public long errorCount() {
        return findings.stream().filter(f -> f.problem().severity().atLeast(Severity.ERROR)).count();
    }

    public long warningCount() {
        return count(Severity.WARNING);
    }

    public long infoCount() {
        return count(Severity.INFO);
    }

    /** No fatal problem and no error (warnings allowed). */
    public boolean isValid() {
        return errorCount() == 0;
    }

    /** Valid, and also free of warnings if the options asked warnings to fail. */
    public boolean passed() {
        return isValid() && !(failOnWarning && warningCount() > 0);
    }

    public boolean failOnWarning() {
        return failOnWarning;
    }

    /** The input could not be read at all (missing, not a zip, truncated beyond repair). */
    public boolean inputUnreadable() {
        return findings.stream().anyMatch(f -> UNREADABLE.contains(f.problem().id()));
    }

    private long count(Severity s) {
        return findings.stream().filter(f -> f.problem().severity() == s).count();
    }

    @Override
    public String toString() {
        return input + ": " + kind.label() + ", " + errorCount() + " errors, " + warningCount() + " warnings";
    }
}
