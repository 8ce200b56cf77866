package id.kemas.core.load;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of one course folder, seen through course-relative paths. Every path an author
 * writes is checked here: relative, '/'-separated, inside the folder, and present with exactly
 * that upper/lower case.
 */
final class CourseFiles {

    private final Path root;
    private final Problems problems;

    CourseFiles(Path root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    /** The same folder, reporting to {@code other}: for work done on another thread. */
    CourseFiles reportingTo(Problems other) {
        return new CourseFiles(root, other);
    }

    Path root() {
        return root;
    }

    /** The path as the user sees it in messages: relative to the course folder. */
    String display(String relative) {
        return relative;
    }

    /**
     * Checks a path written at {@code where}; reports under {@code missingId} when it names no file.
     * Gives the normalised course-relative path when the file exists.
     */
    Optional<String> existing(String written, Location where, String missingId) {
        Optional<String> normal = normalise(written, where);
        if (normal.isEmpty()) return Optional.empty();
        Path p = root.resolve(normal.get());
        if (Files.isRegularFile(p)) return normal;
        Optional<String> otherCase = caseInsensitiveMatch(normal.get());
        if (otherCase.isPresent()) problems.report("KMS-024", where, normal.get(), otherCase.get());
        else problems.report(missingId, where, normal.get());
        return Optional.empty();
    }

    /** Rejects absolute paths, backslashes and paths that climb out of the folder. */
    Optional<String> normalise(String written, Location where) {
        String w = written.strip();
        if (w.isEmpty()) {
            problems.report("KMS-015", where, written, "is empty");
            return Optional.empty();
        }
        if (w.contains("\\")) {
            problems.report("KMS-015", where, written, "contains a backslash");
            return Optional.empty();
        }
        if (w.startsWith("/") || startsWithDrive(w)) {
            problems.report("KMS-015", where, written, "is absolute");
            return Optional.empty();
        }
        Path n = Path.of(w).normalize();
        if (n.startsWith("..") || n.toString().isEmpty()) {
            problems.report("KMS-015", where, written, "leaves the course folder");
            return Optional.empty();
        }
        return Optional.of(n.toString().replace('\\', '/'));
    }

    /** {@code C:...}: a Windows drive (checked by hand: this runs for every path a course names). */
    private static boolean startsWithDrive(String path) {
        if (path.length() < 2 || path.charAt(1) != ':') return false;
        char c = path.charAt(0);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Reads a text file as UTF-8, reporting unreadable or non-UTF-8 files. */
    Optional<String> readText(String relative, Location where) {
        try {
            byte[] bytes = Files.readAllBytes(root.resolve(relative));
            // The quick decoder replaces bad bytes with U+FFFD; only then is the strict one needed
            // (which throws for bad bytes, and agrees for a text that really has U+FFFD in it).
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            }
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            problems.report("KMS-031", where, relative);
        } catch (IOException e) {
            problems.report("KMS-030", where, relative, e.getMessage());
        }
        return Optional.empty();
    }

    /** Every regular file under a course sub-folder, relative and sorted; empty when absent. */
    List<String> filesUnder(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            problems.report("KMS-030", Location.of(folder), folder, e.getMessage());
            return List.of();
        }
    }

    private Optional<String> caseInsensitiveMatch(String relative) {
        Path current = root;
        List<String> found = new ArrayList<>();
        for (String segment : relative.split("/")) {
            Optional<String> match = Optional.empty();
            if (Files.isDirectory(current)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(current)) {
                    for (Path c : ds) {
                        String name = c.getFileName().toString();
                        if (name.equalsIgnoreCase(segment)) {
                            match = Optional.of(name);
                            break;
                        }
                    }
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
            if (match.isEmpty()) return Optional.empty();
            found.add(match.get());
            current = current.resolve(match.get());
        }
        return Optional.of(String.join("/", found));
    }
}
