package id.kemas.validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every bound of {@link Limits} is enforced, on zips and folders, with its own message. */
class LimitsTest {

    @TempDir
    Path tmp;

    private Report validate(String fixture, Limits limits) throws IOException {
        Fixtures.Spec spec = Fixtures.spec(fixture);
        Path folder = Fixtures.materialise(spec, tmp);
        ValidationOptions.Builder b = ValidationOptions.builder().limits(limits);
        Fixtures.registeredLintIds().forEach(b::suppress);
        return Validator.validate(folder, b.build());
    }

    private static Limits limits(int entries, long total, long entry, int ratio, long floor, long manifest, long page) {
        return new Limits(entries, total, entry, ratio, floor, manifest, page);
    }

    @Test
    void aManifestLargerThanTheLimitIsNotParsed() throws IOException {
        Report r = validate("pkg-minimal-valid", limits(1000, 1 << 30, 1 << 30, 200, 1 << 20, 500, 1 << 20));
        assertEquals(List.of("MAN-015"), HostileInputTest.ids(r));
    }

    @Test
    void aLaunchPageLargerThanTheLimitIsNotChecked() throws IOException {
        Report r = validate("pkg-minimal-valid", limits(1000, 1 << 30, 1 << 30, 200, 1 << 20, 1 << 20, 100));
        assertEquals(List.of("HTM-008"), HostileInputTest.ids(r));
    }

    @Test
    void theLaunchPageLimitCanBeRaisedAlone() throws IOException {
        Limits small = limits(1000, 1 << 30, 1 << 30, 200, 1 << 20, 1 << 20, 100);
        Limits raised = small.withMaxPageBytes(1 << 20);
        assertEquals(limits(1000, 1 << 30, 1 << 30, 200, 1 << 20, 1 << 20, 1 << 20), raised);
        assertEquals(List.of(), HostileInputTest.ids(validate("pkg-minimal-valid", raised)));
    }

    @Test
    void theExpandedSizeLimitCoversThePackageAndEachEntry() {
        Limits raised = Limits.defaults().withMaxExpandedBytes(16L << 30);
        assertEquals(16L << 30, raised.maxTotalBytes());
        assertEquals(16L << 30, raised.maxEntryBytes());
        Limits d = Limits.defaults();
        assertEquals(new Limits(d.maxEntries(), 16L << 30, 16L << 30, d.maxRatio(), d.ratioFloorBytes(), d.maxManifestBytes(),
                d.maxPageBytes()), raised, "nothing else changes");
    }

    @Test
    void aFolderLargerThanTheLimitIsRefused() throws IOException {
        Report r = validate("pkg-minimal-valid", Limits.defaults().withMaxTotalBytes(10_000));
        assertEquals(List.of("PKG-010"), HostileInputTest.ids(r));
        assertEquals(List.of(Stage.CONTAINER), r.stagesRun());
    }

    @Test
    void aFolderWithTooManyFilesIsRefused() throws IOException {
        Report r = validate("pkg-minimal-valid", Limits.defaults().withMaxEntries(5));
        assertEquals(List.of("PKG-009"), HostileInputTest.ids(r));
    }

    @Test
    void aZipEntryThatCompressesTooWellIsRefused() throws IOException {
        Path zip = Fixtures.zip(Fixtures.materialise(Fixtures.spec("pkg-minimal-valid"), tmp), tmp.resolve("p.zip"));
        Report r = Validator.validate(zip, ValidationOptions.builder()
                .limits(limits(1000, 1 << 30, 1 << 30, 2, 1000, 1 << 20, 1 << 20)).build());
        assertEquals(List.of("PKG-011"), HostileInputTest.ids(r));
    }

    @Test
    void elementsNestedDeeperThanAnyManifestAreRefused() throws IOException {
        String deep = "<x:e xmlns:x=\"urn:x\">".repeat(300) + "</x:e>".repeat(300);
        String manifest = ContainerManifest.EMPTY.replace("<organizations/>", "<metadata>" + deep + "</metadata><organizations/>");
        Path zip = new id.kemas.validator.container.ZipCrafter().add("imsmanifest.xml", manifest).write(tmp.resolve("deep.zip"));
        Report r = Validator.validate(zip, ValidationOptions.defaults());
        assertEquals(List.of("MAN-021"), HostileInputTest.ids(r));
    }
}
