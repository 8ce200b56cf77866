package id.kemas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every kemas command, as listed in {@code --help}. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The input (a course, a package) has problems; they were printed. */
    public static final int EXIT_PROBLEMS = 1;
    /** The command line was wrong. */
    public static final int EXIT_USAGE = 2;
    /** A file could not be read or written. */
    public static final int EXIT_IO = 3;
    /** A fault in kemas itself. */
    public static final int EXIT_INTERNAL = 4;

    private ExitCodes() {}

    /** Code and meaning, in order, for the help text. */
    public static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(String.valueOf(OK), "Done.");
        m.put(String.valueOf(EXIT_PROBLEMS), "Problems in the input (printed as file:line:col: error ID: message).");
        m.put(String.valueOf(EXIT_USAGE), "Wrong usage: unknown option, missing or bad argument.");
        m.put(String.valueOf(EXIT_IO), "A file could not be read or written.");
        m.put(String.valueOf(EXIT_INTERNAL), "Internal error in kemas (run with --verbose and report it).");
        return m;
    }

    /** The code for an exception that escaped a command. */
    public static int forException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException || c instanceof UncheckedIOException) return EXIT_IO;
        }
        return EXIT_INTERNAL;
    }
}
