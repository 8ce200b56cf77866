package id.kemas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What one run of the command line gave: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    /** Runs {@code kemas args...} in this JVM, capturing standard output and standard error. */
    static CliRun kemas(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KemasCommandLine.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs {@code kemas args...} through {@link Kemas#main} in a new JVM, with {@code env} added to
     * its environment: for what only a process has (its environment, its exit status, main itself).
     */
    static CliRun process(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Kemas.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new CliRun(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
