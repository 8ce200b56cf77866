package id.kemas.validator.container;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import id.kemas.validator.Limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.zip.CRC32;

/**
 * A zip package, checked when opened and then read in place. Opening is stage 1 of validation for
 * zips: the end record is read first (an archive declaring too many entries is refused before its
 * directory is read), then the central directory; every name is checked, the declared sizes are held
 * against the {@link Limits}, and every entry's data start streaming, in the background and bounded
 * by its declared size, to check its CRC ({@link #finishChecks} waits for that).
 */
public final class ZipContainer implements PackageContent {

    /** Below this many bytes in all, one thread checks the CRCs. */
    private static final long PARALLEL_FROM_BYTES = 32L << 20;

    private final String displayName;
    private final FileChannel channel;
    private final ZipEntryReader reader;
    private final Map<String, ZipItem> byPath;
    private final FileIndex index;

    /** Set when any thread finds an entry expanding past its declared size: the others stop too. */
    private volatile boolean overflowed;
    /** Set when the package is closed: the background checks stop at the next entry. */
    private volatile boolean closed;
    private CompletableFuture<List<Checked>> verification = CompletableFuture.completedFuture(List.of());
    private boolean reported;

    private ZipContainer(String displayName, FileChannel channel, Map<String, ZipItem> byPath, Set<String> folders) {
        this.displayName = displayName;
        this.channel = channel;
        this.reader = new ZipEntryReader(channel);
        this.byPath = byPath;
        Map<String, Long> sizes = new HashMap<>();
        byPath.forEach((p, e) -> sizes.put(p, e.size()));
        this.index = new FileIndex(sizes, folders);
    }

    /**
     * Opens and checks {@code file}, reporting into {@code problems}.
     *
     * @return the open package, or empty after a fatal problem (nothing is left open then)
     */
    public static Optional<PackageContent> open(Path file, Limits limits, Problems problems) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Location here = Location.of(name);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            problems.report("PKG-001", here, name, reason(e));
            return Optional.empty();
        }
        try {
            CentralDirectory.End end = CentralDirectory.end(ch);
            if (end == null) {
                problems.report("PKG-002", here, name, "no end-of-archive record; not a zip, or cut short");
            } else if (end.entries() > limits.maxEntries()) {
                problems.report("PKG-009", here, name, end.entries(), limits.maxEntries());
            } else {
                List<ZipItem> items = CentralDirectory.entries(ch, end, limits.maxEntries());
                Optional<PackageContent> opened = new Opening(name, ch, limits, problems).run(items);
                if (opened.isPresent()) return opened;
            }
        } catch (CentralDirectory.TooManyEntries e) {
            problems.report("PKG-009", here, name, "more than " + limits.maxEntries(), limits.maxEntries());
        } catch (IOException | RuntimeException e) {
            problems.report("PKG-002", here, name, reason(e));
        }
        closeQuietly(ch);
        return Optional.empty();
    }

    /** The checks of one opening, in order; any fatal problem ends it. */
    private static final class Opening {
        private final String name;
        private final FileChannel ch;
        private final Limits limits;
        private final Problems problems;
        private final EntryNames names;
        private final Map<String, ZipItem> files = new HashMap<>();
        private final Set<String> folders = new HashSet<>();
        private final List<ZipItem> toVerify = new ArrayList<>();

        Opening(String name, FileChannel ch, Limits limits, Problems problems) {
            this.name = name;
            this.ch = ch;
            this.limits = limits;
            this.problems = problems;
            this.names = new EntryNames(problems);
        }

        Optional<PackageContent> run(List<ZipItem> items) throws IOException {
            List<ZipItem> physical = new ArrayList<>(items);
            physical.sort(Comparator.comparingLong(ZipItem::localHeaderOffset));
            if (!checkEntries(physical) || !checkOverlaps(physical)) return Optional.empty();
            ZipContainer container = new ZipContainer(name, ch, files, folders);
            container.startVerification(toVerify);
            return Optional.of(container);
        }

        /** Names, links, encryption, methods and declared sizes; false after a fatal problem. */
        private boolean checkEntries(List<ZipItem> items) {
            long total = 0;
            for (ZipItem e : items) {
                String raw = e.name();
                if (e.legacyName()) problems.report("PKG-013", Location.of(raw), raw);
                String path = names.accept(raw, e.isDirectory());
                if (path == null) continue;
                Location where = Location.of(raw);
                if (e.isDirectory()) {
                    folders.add(path);
                    continue;
                }
                if (e.isSymlink()) {
                    problems.report("PKG-007", where, raw);
                    continue;
                }
                if (e.isEncrypted()) {
                    problems.report("PKG-008", where, raw);
                    files.put(path, e);
                    continue;
                }
                long size = e.size();
                long packed = e.compressedSize();
                if (size > limits.maxEntryBytes()) {
                    problems.report("PKG-010", where, raw, size, limits.maxEntryBytes());
                    return false;
                }
                total += size;
                if (total > limits.maxTotalBytes()) {
                    problems.report("PKG-010", Location.of(name), name, total, limits.maxTotalBytes());
                    return false;
                }
                if (size > limits.ratioFloorBytes() && size / Math.max(packed, 1) > limits.maxRatio()) {
                    problems.report("PKG-011", where, raw, size, packed, size / Math.max(packed, 1), limits.maxRatio());
                    return false;
                }
                files.put(path, e);
                if (!e.isReadable()) {
                    problems.report("PKG-015", where, raw, e.method());
                    continue;
                }
                toVerify.add(e);
            }
            return true;
        }

        /**
         * Entries whose data overlap another's (a known zip-bomb construction): each entry's local
         * header and data, at their smallest, must end before the next entry starts.
         */
        private boolean checkOverlaps(List<ZipItem> physical) throws IOException {
            ZipItem previous = null;
            for (ZipItem e : physical) {
                if (previous != null) {
                    long minimalEnd = previous.localHeaderOffset() + 30 + previous.compressedSize();
                    if (e.localHeaderOffset() < minimalEnd) {
                        problems.report("PKG-018", Location.of(e.name()), e.name(), previous.name());
                        return false;
                    }
                }
                previous = e;
            }
            return true;
        }
    }

    /** What checking one entry's data found. */
    private enum Outcome { OK, CRC, SHORT, CORRUPT, OVERFLOW }

    private record Checked(ZipItem entry, Outcome outcome, String detail) {
    }

    /**
     * Starts streaming every entry once to check its CRC, in the background: one thread fewer than
     * there are cores (at least one), each with its own reader (the channel is read by position),
     * so that the later stages and the schema compilation run meanwhile.
     */
    private void startVerification(List<ZipItem> entries) {
        long total = entries.stream().mapToLong(ZipItem::size).sum();
        int threads = total < PARALLEL_FROM_BYTES ? 1 : Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() - 1, 4));
        List<CompletableFuture<List<Checked>>> running = new ArrayList<>();
        for (List<ZipItem> share : shares(entries, threads)) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try (ZipEntryReader own = new ZipEntryReader(channel)) {
                    return check(share, own);
                }
            }, DAEMON));
        }
        verification = CompletableFuture.allOf(running.toArray(new CompletableFuture[0])).thenApply(done -> {
            List<Checked> all = new ArrayList<>(entries.size());
            for (var r : running) all.addAll(r.join());
            all.sort(Comparator.comparingLong(c -> c.entry().localHeaderOffset()));
            return all;
        });
    }

    @Override
    public boolean finishChecks(Problems problems) {
        List<Checked> results = verification.join();
        if (reported) return !overflowed;
        reported = true;
        for (Checked c : results) {
            ZipItem e = c.entry();
            Location where = Location.of(e.name());
            switch (c.outcome()) {
                case OK -> { }
                case CRC -> problems.report("PKG-012", where, e.name());
                case SHORT, CORRUPT -> problems.report("PKG-017", where, e.name(), c.detail());
                case OVERFLOW -> problems.report("PKG-016", where, e.name(), e.size());
            }
        }
        return !overflowed;
    }

    @Override
    public boolean refusedSoFar() {
        return overflowed;
    }

    /** Splits entries into {@code n} shares of about equal bytes, keeping each share in archive order. */
    private static List<List<ZipItem>> shares(List<ZipItem> entries, int n) {
        List<List<ZipItem>> shares = new ArrayList<>();
        long[] bytes = new long[n];
        for (int i = 0; i < n; i++) shares.add(new ArrayList<>());
        List<ZipItem> bySize = new ArrayList<>(entries);
        bySize.sort(Comparator.comparingLong(ZipItem::size).reversed());
        for (ZipItem e : bySize) {
            int least = 0;
            for (int i = 1; i < n; i++) if (bytes[i] < bytes[least]) least = i;
            shares.get(least).add(e);
            bytes[least] += e.size();
        }
        for (List<ZipItem> s : shares) s.sort(Comparator.comparingLong(ZipItem::localHeaderOffset));
        return shares;
    }

    /** Checks a share of entries with one reader; stops at the first entry that overflows, in any share. */
    private List<Checked> check(List<ZipItem> share, ZipEntryReader own) {
        List<Checked> out = new ArrayList<>(share.size());
        CRC32 crc = new CRC32();
        long[] produced = new long[1];
        ZipEntryReader.Sink sink = b -> {
            produced[0] += b.remaining();
            crc.update(b);
        };
        for (ZipItem e : share) {
            if (overflowed || closed) return out;
            crc.reset();
            produced[0] = 0;
            try {
                own.pump(e, e.size(), sink);
            } catch (ZipEntryReader.OverflowException over) {
                overflowed = true;
                out.add(new Checked(e, Outcome.OVERFLOW, ""));
                return out;
            } catch (IOException | RuntimeException bad) {
                out.add(new Checked(e, Outcome.CORRUPT, bad.getMessage()));
                continue;
            }
            if (produced[0] != e.size()) {
                out.add(new Checked(e, Outcome.SHORT, "it holds " + produced[0] + " bytes, not the " + e.size() + " its header declares"));
            } else if (crc.getValue() != e.crc()) {
                out.add(new Checked(e, Outcome.CRC, ""));
            } else {
                out.add(new Checked(e, Outcome.OK, ""));
            }
        }
        return out;
    }

    /** Daemon threads: the background checks never keep the JVM alive. */
    private static final Executor DAEMON = task -> {
        Thread t = new Thread(task, "kemas-crc");
        t.setDaemon(true);
        t.start();
    };

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public FileIndex files() {
        return index;
    }

    /** Thread-safe: callers share one entry reader, one at a time. */
    @Override
    public synchronized byte[] read(String path, long maxBytes) throws IOException {
        ZipItem e = byPath.get(path);
        if (e == null) throw new NoSuchFileException(path);
        if (!e.isReadable()) throw new IOException(path + " is encrypted or compressed with a method LMSs cannot read");
        if (e.size() > maxBytes) throw new EntryTooLargeException(path, maxBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(e.size(), 0));
        reader.pump(e, e.size(), b -> {
            if (b.hasArray()) {
                out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
            } else {
                byte[] copy = new byte[b.remaining()];
                b.get(copy);
                out.write(copy, 0, copy.length);
            }
        });
        return out.toByteArray();
    }

    @Override
    public void close() {
        closed = true;
        try {
            verification.join();
        } catch (RuntimeException ignored) {
            // a background failure was reported by finishChecks, or nobody asked
        }
        reader.close();
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing useful to do when closing a read-only file fails
        }
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
