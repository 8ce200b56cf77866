import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a command and shows which of its threads use the CPU, and when, without a profiler (a
 * profiler's own work inflates the short runs measured here). Every interval it reads each thread's
 * user and system time from /proc (Linux only) and prints the threads that ran, by name, in
 * milliseconds of CPU; at the end, each thread name's total. Threads of one name (a pool such as
 * kemas-pages) are added up. The command's output is discarded, its error output shown, and its
 * exit code returned.
 *
 * Usage: java bench/ThreadCpu.java [interval-ms] command...
 *   java bench/ThreadCpu.java 40 ./kemas validate bench/work/validate/large-600.zip
 * The command must run the measured process itself (./kemas does: it execs java).
 */
public class ThreadCpu {

    /** /proc reports CPU time in USER_HZ ticks, which Linux fixes at 100 per second for user space. */
    private static final int MS_PER_TICK = 10;

    public static void main(String[] args) throws Exception {
        int first = args.length > 0 && args[0].matches("\\d+") ? 1 : 0;
        if (args.length <= first) {
            System.err.println("usage: java bench/ThreadCpu.java [interval-ms] command...");
            System.exit(2);
        }
        long interval = first == 1 ? Math.max(1, Long.parseLong(args[0])) : 40;
        List<String> command = List.of(args).subList(first, args.length);

        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            System.err.println("ThreadCpu: cannot run " + command.get(0) + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        Path tasks = Path.of("/proc", Long.toString(p.pid()), "task");
        Map<String, Long> seen = new HashMap<>();          // thread id -> ticks at the last reading
        Map<String, Long> totals = new HashMap<>();         // thread name -> ticks
        while (p.isAlive()) {
            Map<String, Long> used = new HashMap<>();       // thread name -> ticks in this interval
            for (Task t : threads(tasks)) {
                long delta = t.ticks() - seen.getOrDefault(t.id(), 0L);
                seen.put(t.id(), t.ticks());
                if (delta > 0) used.merge(t.name(), delta, Long::sum);
            }
            if (!used.isEmpty()) {
                StringBuilder line = new StringBuilder(String.format("%6.2f s ", (System.nanoTime() - start) / 1e9));
                sortedByValue(used).forEach((name, ticks) -> line.append(" ").append(name).append(":").append(ticks * MS_PER_TICK));
                System.out.println(line);
                used.forEach((name, ticks) -> totals.merge(name, ticks, Long::sum));
            }
            Thread.sleep(interval);
        }
        int exit = p.waitFor();
        System.out.printf("wall %.2f s, exit %d; CPU ms by thread (up to the last reading):%n", (System.nanoTime() - start) / 1e9, exit);
        long all = 0;
        for (var e : sortedByValue(totals).entrySet()) {
            System.out.printf("  %-16s %6d%n", e.getKey(), e.getValue() * MS_PER_TICK);
            all += e.getValue();
        }
        System.out.printf("  %-16s %6d%n", "all", all * MS_PER_TICK);
        System.exit(exit);
    }

    /** One thread of the process: its id, its name, and its user + system CPU ticks so far. */
    private record Task(String id, String name, long ticks) {
    }

    /** Each live thread; threads that end while being read are skipped. */
    private static List<Task> threads(Path tasks) {
        List<Task> out = new ArrayList<>();
        try (Stream<Path> ids = Files.list(tasks)) {
            for (Path task : ids.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // the name is in parentheses and may itself hold spaces or parentheses
                    int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);  // utime, stime
                    out.add(new Task(task.getFileName().toString(), stat.substring(open + 1, close), ticks));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException processEnded) {
            // nothing left to read
        }
        return out;
    }

    /** Thread names by CPU ticks, most first. */
    private static Map<String, Long> sortedByValue(Map<String, Long> m) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
