package id.kemas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one in-process run of the command line gave: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    /** Runs {@code kemas args...} in this JVM, capturing standard output and standard error. */
    static CliRun kemas(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KemasCommandLine.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
