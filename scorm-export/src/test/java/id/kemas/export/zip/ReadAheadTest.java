package id.kemas.export.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.kemas.export.TestCourse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

    private static final int CHUNK = 1024;

    @TempDir Path dir;

    @Test
    void givesEveryFileWholeAndInOrderWithFewBuffers() throws IOException {
        // empty, smaller than a chunk, exactly a chunk, and larger than all the buffers together
        int[] sizes = {0, 10, CHUNK, 5 * CHUNK + 7, 0, CHUNK - 1};
        List<ReadAhead.File> files = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            Path f = dir.resolve("f" + i);
            TestCourse.write(f, TestCourse.noise(sizes[i], i));
            files.add(new ReadAhead.File(i * 2, f));   // entry indexes need not be consecutive
        }
        try (ReadAhead ahead = new ReadAhead(files, 2, CHUNK)) {
            for (ReadAhead.File f : files) {
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                long n = ahead.copy(f.index(), (data, length) -> got.write(data, 0, length));
                byte[] expected = Files.readAllBytes(f.path());
                assertEquals(expected.length, n, f.path().toString());
                assertArrayEquals(expected, got.toByteArray(), f.path().toString());
            }
        }
    }

    @Test
    void aFileThatCannotBeReadFailsItsOwnEntryWithTheReadersException() throws IOException {
        Path first = dir.resolve("first");
        TestCourse.write(first, TestCourse.noise(3 * CHUNK, 1));
        List<ReadAhead.File> files = List.of(new ReadAhead.File(0, first), new ReadAhead.File(1, dir.resolve("gone")),
                new ReadAhead.File(2, first));
        try (ReadAhead ahead = new ReadAhead(files, 2, CHUNK)) {
            assertEquals(3 * CHUNK, ahead.copy(0, (data, length) -> { }));
            NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ahead.copy(1, (data, length) -> { }));
            assertEquals(dir.resolve("gone").toString(), e.getFile());
        }
    }

    @Test
    void whatTheSinkThrowsReachesTheCallerAndClosingStopsTheReader() throws IOException {
        Path big = dir.resolve("big");
        TestCourse.write(big, TestCourse.noise(20 * CHUNK, 2));
        IOException full = new IOException("disk full");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (ReadAhead ahead = new ReadAhead(List.of(new ReadAhead.File(0, big), new ReadAhead.File(1, big)), 2, CHUNK)) {
                assertSame(full, assertThrows(IOException.class, () -> ahead.copy(0, (data, length) -> {
                    throw full;
                })));
            }
            // the reader, blocked on a full set of buffers, ends once closed
            while (readerThreadsAlive() > 0) Thread.sleep(10);
        });
    }

    private static long readerThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("kemas-read-ahead") && t.isAlive()).count();
    }
}
