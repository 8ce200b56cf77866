package id.kemas.validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Damaged input never makes the validator throw: every corruption becomes a report. Seeded, so a
 * failure names an input that can be reproduced.
 */
class RobustnessTest {

    @TempDir
    Path tmp;

    @Test
    void corruptedZipsAreReportedNotThrown() throws IOException {
        Path folder = Fixtures.materialise(Fixtures.spec("cam-sequencing-valid"), tmp);
        byte[] zip = Files.readAllBytes(Fixtures.zip(folder, tmp.resolve("good.zip")));
        Random random = new Random(20260101L);
        for (int i = 0; i < 150; i++) {
            byte[] bad = Arrays.copyOf(zip, zip.length);
            int flips = 1 + random.nextInt(8);
            for (int f = 0; f < flips; f++) bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            if (i % 5 == 0) bad = Arrays.copyOf(bad, random.nextInt(bad.length));
            Path p = Files.write(tmp.resolve("bad-" + i + ".zip"), bad);
            assertNotNull(Validator.validate(p, ValidationOptions.builder().profile(Profile.MOODLE).build()), "seed case " + i);
        }
    }

    @Test
    void mangledManifestsAreReportedNotThrown() throws IOException {
        Path folder = Fixtures.materialise(Fixtures.spec("cam-sequencing-valid"), tmp);
        List<String> lines = Files.readAllLines(folder.resolve("imsmanifest.xml"), StandardCharsets.UTF_8);
        Random random = new Random(20260102L);
        for (int i = 0; i < 150; i++) {
            List<String> mangled = new ArrayList<>(lines);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = 1 + random.nextInt(mangled.size() - 1);
                switch (random.nextInt(4)) {
                    case 0 -> mangled.remove(at);
                    case 1 -> mangled.add(at, mangled.get(random.nextInt(mangled.size())));
                    case 2 -> mangled.set(at, mangled.get(at).replaceAll("\"[^\"]*\"", "\"\""));
                    default -> mangled.set(at, mangled.get(at).replace("imsss:", "adlseq:"));
                }
            }
            Files.write(folder.resolve("imsmanifest.xml"), mangled, StandardCharsets.UTF_8);
            assertNotNull(Validator.validate(folder, ValidationOptions.builder().profile(Profile.MOODLE).build()), "case " + i);
        }
    }
}
