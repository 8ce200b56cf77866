package id.kemas.export.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.model.SemVer;
import id.kemas.export.PackageReader;
import id.kemas.export.TestCourse;
import id.kemas.export.pkg.PackageEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipPackageWriterTest {

    @TempDir Path dir;

    private static final ZipTimestamp TIME = ZipTimestamp.of(SemVer.parse("1.0.0").orElseThrow(), Optional.empty());

    @Test
    void manyTextFilesDeflatedAheadComeBackExactlyAndInOrder() throws IOException {
        List<PackageEntry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String text = ("line " + i + " of a page that repeats itself\n").repeat(50 + i * 7);
            if (i % 2 == 0) {
                Path f = dir.resolve("src/page-" + i + ".txt");
                TestCourse.write(f, text);
                entries.add(new PackageEntry.OnDisk(String.format("p/%03d.txt", i), f));
            } else {
                entries.add(new PackageEntry.Bytes(String.format("p/%03d.txt", i), text.getBytes(StandardCharsets.UTF_8)));
            }
        }
        Path zip = dir.resolve("many.zip");
        new ZipPackageWriter(TIME, 2, ProgressListener.NONE).write(entries, zip);
        Path inline = dir.resolve("inline.zip");
        new ZipPackageWriter(TIME, 0, ProgressListener.NONE).write(entries, inline);
        assertArrayEquals(Files.readAllBytes(inline), Files.readAllBytes(zip), "the same bytes with or without workers");
        List<ZipArchiveEntry> read = PackageReader.entries(zip);
        assertEquals(entries.stream().map(PackageEntry::path).toList(), read.stream().map(ZipArchiveEntry::getName).toList());
        for (PackageEntry e : entries) {
            byte[] expected = e instanceof PackageEntry.Bytes b ? b.data() : Files.readAllBytes(((PackageEntry.OnDisk) e).file());
            assertArrayEquals(expected, PackageReader.read(zip, e.path()), e.path());
        }
    }

    @Test
    void textLargerThanTheAheadLimitIsStreamedAndStillIdenticalToOneThread() throws IOException {
        Path big = dir.resolve("big.txt");
        TestCourse.write(big, "a large caption file line\n".repeat((int) (ZipPackageWriter.AHEAD_LIMIT / 20)));
        Path media = dir.resolve("m.mp4");
        TestCourse.write(media, TestCourse.noise(1 << 20, 7));
        List<PackageEntry> entries = List.of(new PackageEntry.OnDisk("big.txt", big), new PackageEntry.OnDisk("m.mp4", media),
                new PackageEntry.Bytes("small.txt", "small".getBytes(StandardCharsets.UTF_8)));
        Path parallel = dir.resolve("p.zip");
        Path single = dir.resolve("s.zip");
        new ZipPackageWriter(TIME, 2, ProgressListener.NONE).write(entries, parallel);
        new ZipPackageWriter(TIME, 0, ProgressListener.NONE).write(entries, single);
        assertArrayEquals(Files.readAllBytes(single), Files.readAllBytes(parallel));
        assertArrayEquals(Files.readAllBytes(big), PackageReader.read(parallel, "big.txt"));
        assertArrayEquals(Files.readAllBytes(media), PackageReader.read(parallel, "m.mp4"));
    }

    @Test
    void renderedPagesBeyondTheAheadLimitAndBudgetAreDeflatedAheadIdenticallyToOneThread() throws IOException {
        byte[] page = "<p>a long rendered course page</p>\n".repeat((int) (ZipPackageWriter.AHEAD_BUDGET / 30))
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(page.length > ZipPackageWriter.AHEAD_BUDGET);
        Path media = dir.resolve("m.mp4");
        TestCourse.write(media, TestCourse.noise(1 << 20, 7));
        List<PackageEntry> entries = List.of(new PackageEntry.Bytes("a.txt", "before".getBytes(StandardCharsets.UTF_8)),
                new PackageEntry.OnDisk("m.mp4", media), new PackageEntry.Bytes("sco/index.html", page));
        Path parallel = dir.resolve("p.zip");
        Path single = dir.resolve("s.zip");
        new ZipPackageWriter(TIME, 2, ProgressListener.NONE).write(entries, parallel);
        new ZipPackageWriter(TIME, 0, ProgressListener.NONE).write(entries, single);
        assertArrayEquals(Files.readAllBytes(single), Files.readAllBytes(parallel));
        assertArrayEquals(page, PackageReader.read(parallel, "sco/index.html"));
    }

    @Test
    void aMediaFileThatCannotBeReadAheadFailsTheWriteWithTheReadersException() throws IOException {
        Path media = dir.resolve("m.mp4");
        TestCourse.write(media, TestCourse.noise(2 << 20, 3));
        // a folder has a size, but reading it fails: on the read-ahead thread, after the first file
        Path folder = Files.createDirectory(dir.resolve("folder.mp4"));
        List<PackageEntry> entries = List.of(new PackageEntry.OnDisk("a.mp4", media), new PackageEntry.OnDisk("b.mp4", folder));
        IOException e = assertThrows(IOException.class,
                () -> new ZipPackageWriter(TIME, 2, ProgressListener.NONE).write(entries, dir.resolve("z.zip")));
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
        assertTrue(java.util.Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getMethodName().equals("readAll")),
                "thrown by the read-ahead thread");
    }

    @Test
    void smallPackagesCarryNoZip64Records() throws IOException {
        Path zip = dir.resolve("z.zip");
        new ZipPackageWriter(TIME, 2, ProgressListener.NONE).write(
                List.of(new PackageEntry.Bytes("a.txt", "a".getBytes(StandardCharsets.UTF_8))), zip);
        for (ZipArchiveEntry e : PackageReader.entries(zip)) {
            assertEquals(0, e.getExtraFields().length, e.getName());
        }
        byte[] bytes = Files.readAllBytes(zip);
        assertFalse(contains(bytes, new byte[] {0x50, 0x4b, 0x06, 0x06}), "no Zip64 end of central directory");
    }

    @Test
    void nonAsciiNamesAreUtf8() throws IOException {
        Path zip = dir.resolve("u.zip");
        new ZipPackageWriter(TIME, 1, ProgressListener.NONE).write(
                List.of(new PackageEntry.Bytes("media/peta-ibukota-\u00e9\u00e8.svg", "<svg/>".getBytes(StandardCharsets.UTF_8))), zip);
        ZipArchiveEntry e = PackageReader.entries(zip).get(0);
        assertEquals("media/peta-ibukota-\u00e9\u00e8.svg", e.getName());
        assertTrue(e.getGeneralPurposeBit().usesUTF8ForNames());
    }

    @Test
    void anExistingTargetIsNeverOverwritten() throws IOException {
        Path zip = dir.resolve("exists.zip");
        Files.writeString(zip, "keep");
        assertThrows(FileAlreadyExistsException.class, () -> new ZipPackageWriter(TIME, 1, ProgressListener.NONE)
                .write(List.of(new PackageEntry.Bytes("a.txt", new byte[1])), zip));
        assertEquals("keep", Files.readString(zip));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }
}
