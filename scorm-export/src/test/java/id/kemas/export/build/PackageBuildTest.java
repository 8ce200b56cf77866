package id.kemas.export.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.core.problem.Severity;
import id.kemas.export.PackageReader;
import id.kemas.export.TestCourse;
import id.kemas.export.pkg.BundledSchemas;
import id.kemas.export.pkg.PackageEntry;
import id.kemas.export.render.PlainScoRenderer;
import id.kemas.export.render.ScoRenderer;
import id.kemas.export.zip.ZipTimestamp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xmlunit.xpath.JAXPXPathEngine;

class PackageBuildTest {

    @TempDir Path dir;
    Path root;
    Course course;

    @BeforeEach
    void setUp() throws IOException {
        root = dir.resolve("course");
        course = TestCourse.create(root);
    }

    private BuildResult build(Path out, BuildOptions options, Problems problems) throws IOException {
        return new PackageBuild(options).build(course, root, out, problems);
    }

    private Path build(String name) throws IOException {
        Path out = dir.resolve("out").resolve(name);
        Problems problems = problems();
        BuildResult r = build(out, plain(), problems);
        assertTrue(r.succeeded(), () -> "build failed: " + problems.sorted());
        return out;
    }

    /** The pipeline's behaviour does not depend on the page style; the plain renderer keeps these tests about it. */
    private static BuildOptions plain() {
        return BuildOptions.defaults().withRenderer(new PlainScoRenderer());
    }

    private static Problems problems() {
        return new Problems(BuildMessages.CATALOG);
    }

    @Test
    void buildingTheSameCourseTwiceGivesIdenticalBytes() throws IOException {
        Path a = build("a.zip");
        Path b = build("b.zip");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void deflatingAheadOnThreadsGivesTheSameBytesAsOneThread() throws IOException {
        Path parallel = build("parallel.zip");
        Path single = dir.resolve("single.zip");
        assertTrue(build(single, plain().withThreads(0), problems()).succeeded());
        assertArrayEquals(Files.readAllBytes(parallel), Files.readAllBytes(single));
    }

    @Test
    void theTimeZoneOfTheBuildDoesNotChangeTheBytes() throws IOException {
        Path here = build("here.zip");
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Jakarta"));
            Path jakarta = build("jakarta.zip");
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Path la = build("la.zip");
            assertArrayEquals(Files.readAllBytes(here), Files.readAllBytes(jakarta));
            assertArrayEquals(Files.readAllBytes(here), Files.readAllBytes(la));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void unzipTestPassesOnThePackage() throws Exception {
        Path zip = build("t.zip");
        Process p = new ProcessBuilder("unzip", "-t", zip.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("No errors detected"), out);
    }

    @Test
    void manifestComesFirstThenEntriesInSortedOrder() throws IOException {
        List<String> names = PackageReader.names(build("o.zip"));
        assertEquals("imsmanifest.xml", names.get(0));
        List<String> rest = names.subList(1, names.size());
        List<String> sorted = new ArrayList<>(rest);
        sorted.sort(String::compareTo);
        assertEquals(sorted, rest);
        assertEquals(new HashSet<>(names).size(), names.size(), "no duplicate entries");
    }

    @Test
    void compressedMediaIsStoredAndTextIsDeflated() throws IOException {
        Map<String, Integer> expected = Map.of(
                "media/photo.png", ZipEntry.STORED, "media/clip.mp4", ZipEntry.STORED,
                "media/handout.pdf", ZipEntry.STORED, "media/diagram.svg", ZipEntry.DEFLATED,
                "media/notes.txt", ZipEntry.DEFLATED, "sco-first.html", ZipEntry.DEFLATED,
                "imsmanifest.xml", ZipEntry.DEFLATED, "kemas/kemas.css", ZipEntry.DEFLATED,
                "lom.xsd", ZipEntry.DEFLATED);
        Set<String> seen = new HashSet<>();
        for (ZipArchiveEntry e : PackageReader.entries(build("m.zip"))) {
            if (expected.containsKey(e.getName())) {
                assertEquals(expected.get(e.getName()), e.getMethod(), e.getName());
                seen.add(e.getName());
            }
        }
        assertEquals(expected.keySet(), seen);
    }

    @Test
    void launchPagesComeAfterTheMediaSoTheyCompressWhileMediaAreWritten() throws IOException {
        List<String> names = PackageReader.names(build("order.zip"));
        int lastMedia = -1;
        for (int i = 0; i < names.size(); i++) if (names.get(i).startsWith("media/")) lastMedia = i;
        assertTrue(lastMedia > 0, names.toString());
        for (String launch : List.of("sco-welcome.html", "sco-first.html", "sco-second.html")) {
            assertTrue(names.indexOf(launch) > lastMedia, launch + " in " + names);
        }
    }

    @Test
    void everyEntryHasTheTimestampOfTheCourseVersion() throws IOException {
        // version 1.2.3 -> 2001-03-04 12:00
        for (ZipArchiveEntry e : PackageReader.entries(build("v.zip"))) {
            assertEquals(LocalDateTime.of(2001, 3, 4, 12, 0), localTime(e), e.getName());
            assertEquals(0, e.getExtraFields().length, e.getName() + " has no extra fields");
            assertEquals(0644, e.getUnixMode(), e.getName());
        }
    }

    @Test
    void sourceDateEpochSetsTheTimestamp() throws IOException {
        Path out = dir.resolve("epoch.zip");
        ZipTimestamp t = ZipTimestamp.of(course.version(), Optional.of("1700000001"));
        assertTrue(build(out, plain().withTimestamp(t), problems()).succeeded());
        for (ZipArchiveEntry e : PackageReader.entries(out)) {
            // 2023-11-14T22:13:21Z, rounded down to the even second zip can store
            assertEquals(LocalDateTime.of(2023, 11, 14, 22, 13, 20), localTime(e), e.getName());
        }
    }

    private static LocalDateTime localTime(ZipArchiveEntry e) {
        return LocalDateTime.ofInstant(e.getLastModifiedDate().toInstant(), TimeZone.getDefault().toZoneId());
    }

    @Test
    void everyListedFileIsInTheZipAndEveryFileButTheSchemasIsListed() throws Exception {
        Path zip = build("refs.zip");
        Document manifest = PackageReader.manifest(zip);
        JAXPXPathEngine xpath = new JAXPXPathEngine();
        xpath.setNamespaceContext(Map.of("cp", "http://www.imsglobal.org/xsd/imscp_v1p1"));
        Set<String> referenced = new TreeSet<>();
        xpath.selectNodes("//cp:file/@href | //cp:resource/@href", new javax.xml.transform.dom.DOMSource(manifest))
                .forEach(n -> referenced.add(n.getNodeValue()));
        Set<String> inZip = new TreeSet<>(PackageReader.names(zip));
        for (String ref : referenced) assertTrue(inZip.contains(ref), "listed but missing: " + ref);
        Set<String> unlisted = new TreeSet<>(inZip);
        unlisted.removeAll(referenced);
        unlisted.removeIf(BundledSchemas::contains);
        assertEquals(Set.of("imsmanifest.xml"), unlisted);
        assertTrue(referenced.containsAll(List.of("media/clip.mp4", "media/notes.txt", "kemas/kemas.css")));
    }

    @Test
    void theBundledSchemasAreAtThePackageRootByteForByte() throws IOException {
        Path zip = build("schemas.zip");
        assertEquals(33, BundledSchemas.entries().size());
        for (PackageEntry e : BundledSchemas.entries()) {
            assertArrayEquals(((PackageEntry.Bytes) e).data(), PackageReader.read(zip, e.path()), e.path());
        }
        assertTrue(new String(PackageReader.read(zip, "lom.xsd"), StandardCharsets.UTF_8)
                .contains("Creative Commons"), "notices are kept");
    }

    @Test
    void theWrittenManifestPassesTheSelfCheck() throws IOException {
        Problems found = problems();
        new ManifestSchemaCheck().checkManifest(PackageReader.read(build("check.zip"), "imsmanifest.xml"), found);
        assertEquals(List.of(), found.sorted());
    }

    @Test
    void theFullValidatorFindsNoErrorInThePackage() throws IOException {
        Path out = dir.resolve("full.zip");
        Problems problems = problems();
        assertTrue(build(out, plain().withCheck(new FullValidationCheck()), problems).succeeded(),
                () -> problems.sorted().toString());
    }

    @Test
    void aMissingMediaFileStopsTheBuildWithNoOutput() throws IOException {
        Files.delete(root.resolve("media/handout.pdf"));
        Path out = dir.resolve("out/missing.zip");
        Problems problems = problems();
        BuildResult r = build(out, plain(), problems);
        assertEquals(BuildResult.Status.INPUT_PROBLEMS, r.status());
        Problem p = problems.sorted().get(0);
        assertEquals(BuildMessages.MISSING_FILE, p.id());
        assertEquals("pages/two.md", p.location().file());
        assertNothingWritten(out);
    }

    @Test
    void anIoErrorWhileZippingLeavesNoFileAndKeepsTheOldPackage() throws IOException {
        Path out = build("keep.zip");
        byte[] old = Files.readAllBytes(out);
        ScoRenderer broken = new ScoRenderer() {
            final PlainScoRenderer plain = new PlainScoRenderer();

            @Override
            public List<PackageEntry> renderLeaf(Course c, Leaf leaf, Problems p) {
                return plain.renderLeaf(c, leaf, p);
            }

            @Override
            public List<PackageEntry> sharedFiles(Course c, Path r, Problems p) {
                return List.of(new PackageEntry.OnDisk("kemas/font.woff2", r.resolve("theme/gone.woff2")));
            }
        };
        assertThrows(NoSuchFileException.class, () -> build(out, plain().withRenderer(broken), problems()));
        assertArrayEquals(old, Files.readAllBytes(out));
        assertNothingWritten(out.resolveSibling("other.zip"));
    }

    @Test
    void aPackageThatFailsTheSelfCheckIsNotWritten() throws IOException {
        Path out = dir.resolve("out/rejected.zip");
        PackageCheck rejecting = (zip, found) -> {
            assertTrue(Files.isRegularFile(zip), "the check sees the written zip");
            found.add(new Problem("XSD-999", Severity.ERROR, id.kemas.core.problem.Location.of("imsmanifest.xml", 3, 4),
                    "made-up schema error", ""));
        };
        Problems problems = problems();
        BuildResult r = build(out, plain().withCheck(rejecting), problems);
        assertEquals(BuildResult.Status.SELF_CHECK_FAILED, r.status());
        assertTrue(problems.sorted().stream().anyMatch(p -> p.id().equals(BuildMessages.SELF_CHECK_FAILED)));
        Problem found = problems.sorted().stream().filter(p -> p.id().equals("XSD-999")).findFirst().orElseThrow();
        assertEquals(out.toAbsolutePath() + "!/imsmanifest.xml", found.location().file(), "located in the package");
        assertEquals(3, found.location().line());
        assertNothingWritten(out);
    }

    @Test
    void aManifestThatFailsTheSelfCheckIsNotWritten() throws IOException {
        Path out = dir.resolve("out/rejected-manifest.zip");
        byte[][] seen = new byte[1][];
        PackageCheck rejecting = new PackageCheck() {
            @Override
            public void checkManifest(byte[] manifest, Problems found) {
                seen[0] = manifest;
                found.add(new Problem("XSD-999", Severity.ERROR, id.kemas.core.problem.Location.of("imsmanifest.xml", 5, 6),
                        "made-up schema error", ""));
            }

            @Override
            public void check(Path zip, Problems found) {
                assertTrue(Files.isRegularFile(zip), "the whole check still runs on the written zip");
            }
        };
        Problems problems = problems();
        BuildResult r = build(out, plain().withCheck(rejecting), problems);
        assertEquals(BuildResult.Status.SELF_CHECK_FAILED, r.status());
        assertTrue(new String(seen[0], StandardCharsets.UTF_8).contains("<manifest"), "the check saw the manifest's bytes");
        Problem found = problems.sorted().stream().filter(p -> p.id().equals("XSD-999")).findFirst().orElseThrow();
        assertEquals(out.toAbsolutePath() + "!/imsmanifest.xml", found.location().file(), "located in the package");
        assertEquals(5, found.location().line());
        assertNothingWritten(out);
    }

    @Test
    void aSelfCheckThatCannotRunStopsTheBuildWithItsOwnErrorAndNoOutput() throws IOException {
        Path out = dir.resolve("out/broken-check.zip");
        PackageCheck failing = new PackageCheck() {
            @Override
            public void checkManifest(byte[] manifest, Problems found) throws IOException {
                throw new IOException("schemas unreadable");
            }

            @Override
            public void check(Path zip, Problems found) {}
        };
        IOException e = assertThrows(IOException.class, () -> build(out, plain().withCheck(failing), problems()));
        assertEquals("schemas unreadable", e.getMessage());
        assertNothingWritten(out);
    }

    @Test
    void aCourseFileAtThePathOfALaunchPageIsAClash() throws IOException {
        TestCourse.write(root.resolve("sco-welcome.html"), "<p>old page</p>");
        Leaf welcome = (Leaf) course.children().get(0);
        Leaf changed = new Leaf(welcome.id(), welcome.title(), welcome.sequencing(),
                List.of(TestCourse.page("pages/intro.md", "Welcome", "<a href=\"sco-welcome.html\">x</a>", List.of("sco-welcome.html"))),
                Optional.empty(), welcome.source());
        course = new Course(course.id(), course.title(), course.version(), course.language(), course.description(),
                course.keywords(), course.author(), course.organization(), course.home(), course.sequencing(),
                List.of(changed, course.children().get(1)), course.themeFiles(), course.source());
        Problems problems = problems();
        Path out = dir.resolve("clash.zip");
        assertEquals(BuildResult.Status.INPUT_PROBLEMS, build(out, plain(), problems).status());
        assertEquals(List.of(BuildMessages.PATH_CLASH), problems.sorted().stream().map(Problem::id).toList());
        assertNothingWritten(out);
    }

    @Test
    void aLeafCalledKemasSharedIsReserved() throws IOException {
        Leaf reserved = TestCourse.leaf("kemas-shared", "Oops", TestCourse.page("pages/x.md", "X", "<p>x</p>", List.of()));
        course = new Course(course.id(), course.title(), course.version(), course.language(), course.description(),
                course.keywords(), course.author(), course.organization(), course.home(), course.sequencing(),
                List.of(reserved), course.themeFiles(), course.source());
        Problems problems = problems();
        assertEquals(BuildResult.Status.INPUT_PROBLEMS, build(dir.resolve("r.zip"), plain(), problems).status());
        assertEquals(BuildMessages.RESERVED_ID, problems.sorted().get(0).id());
    }

    @Test
    void anyRendererCanBePluggedInAndItsFilesAreListed() throws Exception {
        ScoRenderer custom = new ScoRenderer() {
            @Override
            public List<PackageEntry> renderLeaf(Course c, Leaf leaf, Problems p) {
                return List.of(new PackageEntry.Bytes(ScoRenderer.launchPath(leaf), "<html></html>".getBytes()),
                        new PackageEntry.Bytes(leaf.id() + "/data.json", "{}".getBytes()));
            }

            @Override
            public List<PackageEntry> sharedFiles(Course c, Path r, Problems p) {
                return List.of(new PackageEntry.Bytes("kemas/runtime.js", "//".getBytes()));
            }
        };
        Path out = dir.resolve("custom.zip");
        assertTrue(build(out, plain().withRenderer(custom), problems()).succeeded());
        List<String> names = PackageReader.names(out);
        assertTrue(names.containsAll(List.of("sco-first.html", "first/data.json", "kemas/runtime.js")));
        String manifest = new String(PackageReader.read(out, "imsmanifest.xml"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("<file href=\"first/data.json\"/>"), manifest);
        assertTrue(manifest.contains("<file href=\"kemas/runtime.js\"/>"), manifest);
    }

    @Test
    void progressIsReportedUpToTheTotal() throws IOException {
        long[] seen = new long[2];
        BuildProgress progress = new BuildProgress() {
            @Override
            public void started(long total) {
                seen[0] = total;
            }

            @Override
            public void advanced(long bytes) {
                seen[1] += bytes;
            }
        };
        BuildResult r = build(dir.resolve("p.zip"), plain().withProgress(progress), problems());
        assertEquals(r.contentBytes(), seen[0]);
        assertEquals(seen[0], seen[1]);
        assertEquals(3, r.scos());
    }

    private void assertNothingWritten(Path out) throws IOException {
        assertFalse(Files.exists(out), out + " should not exist");
        Path folder = out.getParent();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                List<String> temps = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
                assertEquals(List.of(), temps, "no temporary files are left");
            }
        }
    }
}
