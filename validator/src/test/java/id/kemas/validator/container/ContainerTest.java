package id.kemas.validator.container;

import id.kemas.core.problem.Problem;
import id.kemas.validator.Report;
import id.kemas.validator.Stage;
import id.kemas.validator.ValidationOptions;
import id.kemas.validator.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stage 1 on archives and folders: names, links, encryption, methods, CRCs, damage. */
class ContainerTest {

    @TempDir
    Path tmp;

    static final String MANIFEST = """
            <?xml version="1.0"?>
            <manifest identifier="M" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"><organizations/><resources/></manifest>
            """;

    private Report validate(byte[] zip) throws IOException {
        return Validator.validate(Files.write(tmp.resolve("p.zip"), zip), ValidationOptions.defaults());
    }

    private static List<String> ids(Report r, String prefix) {
        return r.problems().stream().map(Problem::id).filter(id -> id.startsWith(prefix)).toList();
    }

    @Test
    void unsafeNamesAreReportedAndLeftOut() throws IOException {
        Report r = validate(new ZipCrafter()
                .add("imsmanifest.xml", MANIFEST)
                .add("../evil.html", "x").add("/etc/evil.html", "x").add("C:/evil.html", "x")
                .add("scripts\\app.js", "x").add("a\\..\\..\\evil.js", "x").add("bad\u0001name.html", "x")
                .bytes());
        assertEquals(List.of("PKG-003", "PKG-003", "PKG-004", "PKG-004", "PKG-005", "PKG-005", "PKG-019"),
                ids(r, "PKG").stream().sorted().toList());
        List<String> stray = r.problems().stream().filter(p -> p.id().equals("RES-003")).map(p -> p.location().file()).toList();
        assertEquals(List.of("scripts\\app.js"), stray, "only the backslash entry is kept, under its literal name");
    }

    @Test
    void duplicatesAfterNormalisationAndCaseClashesAreReported() throws IOException {
        Report r = validate(new ZipCrafter().add("imsmanifest.xml", MANIFEST)
                .add("content/page.html", "a").add("content/./page.html", "b").add("content//Page.html", "c").bytes());
        assertEquals(List.of("PKG-006", "PKG-014"), ids(r, "PKG"));
    }

    @Test
    void symlinksAndEncryptedEntriesAreReported() throws IOException {
        byte[] zip = new ZipCrafter().add("imsmanifest.xml", MANIFEST).symlink("passwd.html", "/etc/passwd")
                .add("secret.html", "hidden").bytes();
        ZipCrafter.patch(zip, 2, ZipCrafter.Field.FLAGS, ZipCrafter.read(zip, 2, ZipCrafter.Field.FLAGS) | 1);
        assertEquals(List.of("PKG-007", "PKG-008"), ids(validate(zip), "PKG"));
    }

    @Test
    void damagedDataFailsItsCrc() throws IOException {
        byte[] zip = new ZipCrafter().add("imsmanifest.xml", MANIFEST).add("page.html", "<p>hello</p>".getBytes(StandardCharsets.UTF_8), ZipEntry.STORED).bytes();
        ZipCrafter.patch(zip, 1, ZipCrafter.Field.CRC, 12345);
        assertEquals(List.of("PKG-012"), ids(validate(zip), "PKG"));
    }

    @Test
    void unsupportedCompressionIsReportedAndAnUnreadableManifestStopsValidation() throws IOException {
        byte[] zip = new ZipCrafter().add("imsmanifest.xml", MANIFEST).bytes();
        ZipCrafter.patch(zip, 0, ZipCrafter.Field.METHOD, 98);
        Report r = validate(zip);
        assertEquals(List.of("MAN-016", "PKG-015"), r.problems().stream().map(Problem::id).sorted().toList());
        assertEquals(List.of(Stage.CONTAINER, Stage.MANIFEST), r.stagesRun());
    }

    @Test
    void corruptCompressedDataIsReported() throws IOException {
        byte[] zip = new ZipCrafter().add("imsmanifest.xml", MANIFEST).add("page.html", "<p>" + "hello ".repeat(200) + "</p>").bytes();
        int data = (int) ZipCrafter.read(zip, 1, ZipCrafter.Field.LOCAL_HEADER_OFFSET) + 30 + "page.html".length();
        int len = (int) ZipCrafter.read(zip, 1, ZipCrafter.Field.COMPRESSED_SIZE);
        Arrays.fill(zip, data, data + len, (byte) 0xff); // a deflate block of the reserved type
        assertEquals(List.of("PKG-017"), ids(validate(zip), "PKG"));
    }

    @Test
    void legacyCodePageNamesAreReadAndReported() throws IOException {
        Report r = validate(new ZipCrafter().legacyNames("IBM437").add("imsmanifest.xml", MANIFEST).add("caf\u00e9.html", "x").bytes());
        assertEquals(List.of("PKG-013"), ids(r, "PKG"));
        assertTrue(r.problems().stream().anyMatch(p -> p.id().equals("RES-003") && p.location().file().equals("caf\u00e9.html")),
                r.problems().toString());
    }

    @Test
    void missingNonZipAndTruncatedInputsAreUnreadable() throws IOException {
        Report missing = Validator.validate(tmp.resolve("nope.zip"), ValidationOptions.defaults());
        assertEquals(List.of("PKG-001"), ids(missing, ""));
        assertTrue(missing.inputUnreadable());

        Report text = validate("this is not a zip".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("PKG-002"), ids(text, ""));

        byte[] zip = new ZipCrafter().add("imsmanifest.xml", MANIFEST).add("page.html", "x".repeat(5000)).bytes();
        for (int cut : new int[] {10, 30, zip.length / 2, zip.length - 30}) {
            Report r = validate(Arrays.copyOf(zip, cut));
            assertEquals(List.of("PKG-002"), ids(r, ""), "cut at " + cut);
            assertTrue(r.inputUnreadable());
        }
        Report empty = validate(new byte[0]);
        assertEquals(List.of("PKG-002"), ids(empty, ""));
    }

    @Test
    void overlappingEntriesAreRefused() throws IOException {
        byte[] zip = new ZipCrafter().add("imsmanifest.xml", MANIFEST).add("a.html", "aaaa").add("b.html", "bbbb").bytes();
        ZipCrafter.patch(zip, 2, ZipCrafter.Field.LOCAL_HEADER_OFFSET, ZipCrafter.read(zip, 1, ZipCrafter.Field.LOCAL_HEADER_OFFSET));
        Report r = validate(zip);
        assertEquals(List.of("PKG-018"), ids(r, ""));
        assertEquals(List.of(Stage.CONTAINER), r.stagesRun());
    }

    @Test
    void aFolderSymlinkIsReportedAndNotFollowed(@TempDir Path pkg) throws IOException {
        Files.writeString(pkg.resolve("imsmanifest.xml"), MANIFEST);
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET");
        Files.createSymbolicLink(pkg.resolve("notes.html"), secret);
        Files.createDirectories(pkg.resolve("assets"));
        Files.createSymbolicLink(pkg.resolve("assets/up"), tmp);
        Report r = Validator.validate(pkg, ValidationOptions.defaults());
        assertEquals(List.of("PKG-007", "PKG-007"), ids(r, "PKG"));
        assertFalse(r.problems().toString().contains("TOP-SECRET"));
    }

    @Test
    void folderNamesFollowTheSameRules(@TempDir Path pkg) throws IOException {
        Files.writeString(pkg.resolve("imsmanifest.xml"), MANIFEST);
        Files.writeString(pkg.resolve("Page.html"), "a");
        Files.writeString(pkg.resolve("page.html"), "b");
        Files.writeString(pkg.resolve("odd\\name.js"), "c");
        Report r = Validator.validate(pkg, ValidationOptions.defaults());
        assertEquals(List.of("PKG-005", "PKG-014"), ids(r, "PKG").stream().sorted().toList());
    }
}
