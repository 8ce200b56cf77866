package id.kemas.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Wires the kemas command line: output and error writers, the handler that turns exceptions into a
 * one-line message and an exit code, short usage errors, and the exit codes in every {@code --help}.
 */
public final class KemasCommandLine {

    private KemasCommandLine() {}

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Kemas());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new ErrorReporter());
        cmd.setExitCodeExceptionMapper(ExitCodes::forException);
        cmd.setParameterExceptionHandler(KemasCommandLine::usageError);
        addExitCodes(cmd);
        return cmd;
    }

    private static void addExitCodes(CommandLine cmd) {
        CommandSpec spec = cmd.getCommandSpec();
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.descriptions());
        for (CommandLine sub : cmd.getSubcommands().values()) addExitCodes(sub);
    }

    /** A wrong command line: the reason and where to read more, not the whole help. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("kemas: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.EXIT_USAGE;
    }
}
