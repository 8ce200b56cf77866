package id.kemas.export.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempOutputTest {

    @TempDir
    Path dir;

    @Test
    void commitMovesTheFileIntoPlace() throws IOException {
        Path target = dir.resolve("dist/course.zip");
        writeAndCommit(target, "new");
        assertOnlyFile(target, "new");
    }

    @Test
    void commitReplacesAnOlderPackageAndLeavesNothingElse() throws IOException {
        Path target = olderPackage();
        writeAndCommit(target, "new");
        assertOnlyFile(target, "new");
    }

    @Test
    void closingWithoutCommitDeletesTheTemporaryFileAndKeepsTheOlderPackage() throws IOException {
        Path target = olderPackage();
        try (TempOutput out = TempOutput.beside(target)) {
            Files.writeString(out.path(), "half");
        }
        assertOnlyFile(target, "old");
    }

    @Test
    void aFailedMovePutsTheOlderPackageBack() throws IOException {
        Path target = olderPackage();
        try (TempOutput out = TempOutput.beside(target)) {
            // the temporary file was never written, so moving it into place fails
            assertThrows(IOException.class, out::commit);
        }
        assertOnlyFile(target, "old");
    }

    @Test
    void aFolderAtTheTargetIsNotReplaced() throws IOException {
        Path target = dir.resolve("course.zip");
        Files.createDirectories(target.resolve("inside"));
        try (TempOutput out = TempOutput.beside(target)) {
            Files.writeString(out.path(), "new");
            assertThrows(IOException.class, out::commit);
        }
        assertTrue(Files.isDirectory(target.resolve("inside")));
        assertEquals(List.of("course.zip"), names(dir));
    }

    private static void writeAndCommit(Path target, String text) throws IOException {
        try (TempOutput out = TempOutput.beside(target)) {
            Files.writeString(out.path(), text);
            out.commit();
        }
    }

    private Path olderPackage() throws IOException {
        return Files.writeString(dir.resolve("course.zip"), "old");
    }

    /** The target holds {@code text} and nothing else is left in its folder. */
    private static void assertOnlyFile(Path target, String text) throws IOException {
        assertEquals(text, Files.readString(target));
        assertEquals(List.of(target.getFileName().toString()), names(target.getParent()));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
