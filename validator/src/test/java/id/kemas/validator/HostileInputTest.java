package id.kemas.validator;

import id.kemas.core.problem.Problem;
import id.kemas.validator.container.ZipCrafter;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile packages are refused quickly, in little memory, without a stack trace and without
 * writing anything: zip bombs (honest and lying headers), zip slip, XXE and entity expansion,
 * a 100,000-entry archive.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    @TempDir
    static Path shared;

    private static Path many;

    /** One 100,000-entry archive for the tests that need it; writing it is the slow part. */
    private static synchronized Path manyEntries() throws IOException {
        if (many != null) return many;
        many = shared.resolve("many.zip");
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(many), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(ContainerManifest.EMPTY.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (int i = 0; i < 100_000; i++) {
                zip.putNextEntry(new ZipEntry("f/" + (i % 100) + "/" + i + ".txt"));
                zip.write('x');
                zip.closeEntry();
            }
        }
        return many;
    }

    /** A zip whose big entry is {@code mib} MiB of zeros, deflated (about 1,000 to 1). */
    private Path bomb(String name, int mib) throws IOException {
        Path file = tmp.resolve(name);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putArchiveEntry(new ZipArchiveEntry("imsmanifest.xml"));
            zip.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry("media/movie.mp4"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < mib; i++) zip.write(zeros);
            zip.closeArchiveEntry();
        }
        return file;
    }

    @Test
    void aZipBombIsRefusedWithin2SecondsIn64MegabytesOfHeap() throws Exception {
        Path zip = bomb("bomb.zip", 256);
        ChildJvm.Result r = ChildJvm.run(Probe.class, List.of("-Xmx64m", "-XX:+UseSerialGC"), zip.toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] out = r.out().strip().split("\\s+");
        assertEquals("PKG-011", out[0], r.out());
        assertTrue(Long.parseLong(out[1]) < 2000, "refused in " + out[1] + " ms");
        assertTrue(r.out().contains("fatal"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aBombWithFalseSizesStopsAtItsDeclaredSizeIn64MegabytesOfHeap() throws Exception {
        byte[] zip = Files.readAllBytes(bomb("liar.zip", 256));
        ZipCrafter.patch(zip, 1, ZipCrafter.Field.SIZE, 4096); // claims 4 KiB, holds 256 MiB
        Path liar = Files.write(tmp.resolve("liar.zip"), zip);
        ChildJvm.Result r = ChildJvm.run(Probe.class, List.of("-Xmx64m", "-XX:+UseSerialGC"), liar.toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] out = r.out().strip().split("\\s+");
        assertEquals("PKG-016", out[0], r.out());
        assertTrue(Long.parseLong(out[1]) < 2000, "refused in " + out[1] + " ms");
    }

    @Test
    void tooManyEntriesAreRefusedBeforeTheDirectoryIsRead() throws IOException {
        Path zip = manyEntries();
        long start = System.nanoTime();
        Report r = Validator.validate(zip, ValidationOptions.defaults());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of("PKG-009"), ids(r));
        assertTrue(ms < 2000, "refused in " + ms + " ms");
    }

    @Test
    void aHundredThousandEntriesAreValidatedWhenTheLimitAllows() throws IOException {
        Path zip = manyEntries();
        ValidationOptions opts = ValidationOptions.builder().limits(Limits.defaults().withMaxEntries(200_000)).build();
        long start = System.nanoTime();
        Report r = Validator.validate(zip, opts);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(100_000, r.problems().stream().filter(p -> p.id().equals("RES-003")).count());
        assertEquals(Stage.values().length - 1, r.stagesRun().size());
        assertTrue(ms < 30_000, "validated in " + ms + " ms");
    }

    @Test
    void zipSlipEntriesAreReportedAndNothingIsWritten() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path zip = new ZipCrafter().add("imsmanifest.xml", ContainerManifest.EMPTY)
                .add("../evil.html", "x").add("../../evil.sh", "x").add("/tmp/evil.html", "x").add("..\\evil.bat", "x")
                .write(work.resolve("pkg.zip"));
        Report r = Validator.validate(zip, ValidationOptions.defaults());
        assertEquals(List.of("PKG-003", "PKG-003", "PKG-003", "PKG-004", "PKG-005"),
                ids(r).stream().filter(id -> id.startsWith("PKG")).sorted().toList());
        try (Stream<Path> all = Files.walk(tmp)) {
            assertEquals(List.of(tmp, work, zip), all.sorted().toList(), "files appeared");
        }
    }

    @Test
    void xxeInAZipIsReportedNeverResolved() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String manifest = "<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<manifest identifier=\"&s;\" xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><organizations/><resources/></manifest>";
        Report r = Validator.validate(new ZipCrafter().add("imsmanifest.xml", manifest).write(tmp.resolve("xxe.zip")),
                ValidationOptions.defaults());
        assertEquals(List.of("MAN-003"), ids(r));
        assertTrue(r.problems().get(0).location().toString().startsWith("imsmanifest.xml:2:"));
        assertFalse(r.problems().toString().contains("TOP-SECRET"));
    }

    @Test
    void entityExpansionIsRefusedAtOnce() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE manifest [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 12; i++) dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        dtd.append("]>");
        String manifest = "<?xml version=\"1.0\"?>" + dtd + "<manifest identifier=\"m\" xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\">&a12;</manifest>";
        long start = System.nanoTime();
        Report r = Validator.validate(new ZipCrafter().add("imsmanifest.xml", manifest).write(tmp.resolve("lol.zip")),
                ValidationOptions.defaults());
        assertEquals(List.of("MAN-003"), ids(r));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2000);
    }

    static List<String> ids(Report r) {
        return r.problems().stream().map(Problem::id).toList();
    }

    /** Validates one package in a child JVM and prints the first problem's ID, the milliseconds taken, and all headlines. */
    public static final class Probe {
        public static void main(String[] args) {
            long start = System.nanoTime();
            Report r = Validator.validate(Path.of(args[0]), ValidationOptions.defaults());
            long ms = (System.nanoTime() - start) / 1_000_000;
            StringBuilder b = new StringBuilder(r.problems().isEmpty() ? "none" : r.problems().get(0).id());
            b.append(' ').append(ms);
            r.problems().forEach(p -> b.append('\n').append(p.headline()));
            System.out.println(b);
        }
    }
}
