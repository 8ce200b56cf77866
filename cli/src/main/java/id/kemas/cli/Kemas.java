package id.kemas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code kemas}: the top command; it only holds the subcommands and the options they share. */
@Command(name = "kemas",
        mixinStandardHelpOptions = true,
        versionProvider = KemasVersion.class,
        description = "Turns a course folder into a SCORM 2004 4th Edition package and checks SCORM packages.",
        subcommands = {
                BuildCommand.class,
                ValidateCommand.class,
                InspectCommand.class,
                CommandLine.HelpCommand.class})
public final class Kemas implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show more detail, and the stack trace of an internal error.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().usage(err);
        return ExitCodes.EXIT_USAGE;
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            EarlySetUp.start(args);
            code = KemasCommandLine.create(new PrintWriter(System.out, true), err).execute(args);
        } catch (Throwable t) {
            // Errors (not Exceptions) pass picocli's handler; they are still kemas's fault, not the user's
            err.println("kemas: internal error: " + ErrorReporter.describe(t));
            if (java.util.List.of(args).contains("--verbose")) t.printStackTrace(err);
            code = ExitCodes.EXIT_INTERNAL;
        }
        System.exit(code);
    }
}
