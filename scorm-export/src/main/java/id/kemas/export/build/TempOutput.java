package id.kemas.export.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A temporary file next to the output, moved into place atomically on {@link #commit()} and deleted
 * otherwise, also when the process is interrupted. So a failed build leaves neither a partial zip
 * nor a temporary file, and a reader never sees a half-written package.
 */
final class TempOutput implements AutoCloseable {

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final AtomicLong COUNTER = new AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(TempOutput::deleteQuietly),
                "kemas-temp-cleanup"));
    }

    private final Path temp;
    private final Path target;
    private boolean committed;

    private TempOutput(Path temp, Path target) {
        this.temp = temp;
        this.target = target;
    }

    /** A temporary path in the target's folder (created if missing); the file itself is not created. */
    static TempOutput beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        String name = "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + ".tmp";
        Path temp = dir.resolve(name);
        PENDING.add(temp);
        return new TempOutput(temp, absolute);
    }

    Path path() {
        return temp;
    }

    /** Moves the finished file into place, replacing an older one. */
    void commit() throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
        PENDING.remove(temp);
    }

    @Override
    public void close() {
        if (!committed) deleteQuietly(temp);
        PENDING.remove(temp);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: the process is ending or the folder vanished
        }
    }
}
