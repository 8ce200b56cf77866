package id.kemas.cli;

import id.kemas.validator.Profile;
import id.kemas.validator.Report;
import id.kemas.validator.SeverityOverrides;
import id.kemas.validator.ValidationOptions;
import id.kemas.validator.Validator;
import id.kemas.validator.report.ReportFormat;
import id.kemas.validator.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kemas validate <zip|folder>}: checks any SCORM package and reports every problem found. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a SCORM 2004 or SCORM 1.2 package (a zip or an expanded folder).",
                "Exit code 1 means errors were found (or warnings, with --fail-on-warning)."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<zip|folder>", description = "The package to check.")
    Path input;

    @Option(names = "--format", paramLabel = "<text|json|junit>", defaultValue = "text",
            description = "Report format (default: text). The JSON schema is described in docs/validate.md.")
    String format;

    @Option(names = "--profile", paramLabel = "<none|moodle>", defaultValue = "none",
            description = "Also report what this LMS does differently from the specification.")
    String profile;

    @Option(names = "--fail-on-warning", description = "Exit with 1 when there are warnings, too.")
    boolean failOnWarning;

    @Option(names = "--severity-file", paramLabel = "<file>",
            description = "Lines of 'ID = fatal|error|warning|info|off' that change severities.")
    Path severityFile;

    @Mixin
    LimitOptions readLimits;

    @Option(names = {"-o", "--output"}, paramLabel = "<report-file>",
            description = "Write the report to this file; the standard output then gets the summary line only.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ReportFormat fmt = ReportFormat.byId(format).orElseThrow(() -> usage("unknown format '" + format + "' (text, json, junit)"));
        Profile lms = Profile.byId(profile).orElseThrow(() -> usage("unknown profile '" + profile + "' (none, moodle)"));
        ValidationOptions.Builder options = ValidationOptions.builder().profile(lms).failOnWarning(failOnWarning);
        options.limits(readLimits.limits(this::usage));
        try {
            if (severityFile != null) options.severities(SeverityOverrides.read(severityFile, Validator.messageIds()::contains));
        } catch (SeverityOverrides.FormatException e) {
            throw usage(e.getMessage());
        }
        Report report = Validator.validate(input, options.build());
        boolean details = spec.commandLine().getParseResult().expandedArgs().contains("--verbose");
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            fmt.write(report, out, details);
        } else {
            Path target = output.toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".kemas-report", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                fmt.write(report, w, details);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println(TextReport.summary(report));
        }
        out.flush();
        if (report.inputUnreadable()) return ExitCodes.EXIT_IO;
        return report.passed() ? ExitCodes.OK : ExitCodes.EXIT_PROBLEMS;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
