package id.kemas.validator.container;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import id.kemas.validator.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An expanded package (a folder), walked without following links. The same name rules and limits
 * apply as for zips, so a folder that would zip into a bad package is reported the same way.
 */
public final class FolderContainer implements PackageContent {

    private final Path root;
    private final String displayName;
    private final Map<String, Path> byPath;
    private final FileIndex index;

    private FolderContainer(Path root, String displayName, Map<String, Path> byPath, Map<String, Long> sizes,
                            Set<String> folders) {
        this.root = root;
        this.displayName = displayName;
        this.byPath = byPath;
        this.index = new FileIndex(sizes, folders);
    }

    /** Walks {@code folder}; empty after a fatal problem. */
    public static Optional<PackageContent> open(Path folder, Limits limits, Problems problems) {
        Path absolute = folder.toAbsolutePath().normalize();
        String name = (absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString()) + "/";
        Path root;
        try {
            root = absolute.toRealPath();
        } catch (IOException e) {
            problems.report("PKG-001", Location.of(name), name, ZipContainer.reason(e));
            return Optional.empty();
        }
        EntryNames names = new EntryNames(problems);
        Map<String, Path> files = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        Set<String> folders = new HashSet<>();
        long[] total = {0};
        boolean[] fatal = {false};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) return FileVisitResult.CONTINUE;
                    if (!count()) return FileVisitResult.TERMINATE;
                    String path = names.accept(relative(dir), true);
                    if (path != null) folders.add(path);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!count()) return FileVisitResult.TERMINATE;
                    String raw = relative(file);
                    if (attrs.isSymbolicLink() || Files.isSymbolicLink(file)) {
                        problems.report("PKG-007", Location.of(raw), raw);
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                    String path = names.accept(raw, false);
                    if (path == null) return FileVisitResult.CONTINUE;
                    total[0] += attrs.size();
                    if (attrs.size() > limits.maxEntryBytes() || total[0] > limits.maxTotalBytes()) {
                        problems.report("PKG-010", Location.of(raw), raw, total[0], limits.maxTotalBytes());
                        fatal[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    files.put(path, file);
                    sizes.put(path, attrs.size());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    String raw = relative(file);
                    problems.report("PKG-017", Location.of(raw), raw, ZipContainer.reason(exc));
                    return FileVisitResult.CONTINUE;
                }

                private boolean count() {
                    if (files.size() + folders.size() + 1 > limits.maxEntries()) {
                        problems.report("PKG-009", Location.of(name), name, "more than " + limits.maxEntries(),
                                limits.maxEntries());
                        fatal[0] = true;
                        return false;
                    }
                    return true;
                }

                private String relative(Path p) {
                    return root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/");
                }
            });
        } catch (IOException e) {
            problems.report("PKG-001", Location.of(name), name, ZipContainer.reason(e));
            return Optional.empty();
        }
        if (fatal[0]) return Optional.empty();
        return Optional.of(new FolderContainer(root, name, files, sizes, folders));
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public FileIndex files() {
        return index;
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        Path file = byPath.get(path);
        if (file == null) throw new NoSuchFileException(path);
        if (Files.isSymbolicLink(file) || !file.toRealPath(LinkOption.NOFOLLOW_LINKS).startsWith(root)) {
            throw new NoSuchFileException(path);
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] data = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (data.length > maxBytes) throw new EntryTooLargeException(path, maxBytes);
            return data;
        }
    }

    @Override
    public void close() {
        // nothing held open
    }
}
