package id.kemas.export.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        Path temp = sibling(absolute, "tmp");
        PENDING.add(temp);
        return new TempOutput(temp, absolute);
    }

    /** A hidden name in the file's folder that no other build, in this process or another, uses. */
    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + "." + suffix);
    }

    Path path() {
        return temp;
    }

    /**
     * Moves the finished file into place, replacing an older one. The older one is first renamed
     * aside and deleted afterwards: a rename over an existing file makes ext4 start writing the new
     * file to disk before it returns (its auto_da_alloc safeguard), which took about a second for a
     * 600 MB package. A build can be run again, so its output needs no more durability than any
     * other tool's. Should the last rename fail, the older package is put back.
     */
    void commit() throws IOException {
        Path older = moveOlderAside();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            if (older != null) Files.move(older, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        committed = true;
        PENDING.remove(temp);
        if (older != null) deleteQuietly(older);
    }

    /** Renames a file (not a folder) already at the target to a hidden name beside it; null if there is none. */
    private Path moveOlderAside() throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) return null;
        return Files.move(target, sibling(target, "old"), StandardCopyOption.ATOMIC_MOVE);
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
