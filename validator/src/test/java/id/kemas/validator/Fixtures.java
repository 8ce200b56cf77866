package id.kemas.validator;

import id.kemas.validator.schema.SchemaSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The expanded test packages under {@code src/test/resources/fixtures}. Each folder is a package
 * plus {@code expected.txt}: the problems it must report, one per line as {@code ID [file[:line]]},
 * and directives ({@code @profile moodle}, {@code @schemas scorm12|scorm2004|none},
 * {@code @omit file.xsd}). The bundled schema files are added at materialisation so that fixtures
 * stay small.
 */
final class Fixtures {

    static final String EXPECTED = "expected.txt";

    /** One expected problem: an ID and, optionally, the start of its location. */
    record Expected(String id, String where) {
    }

    /**
     * A fixture's expectations and directives. Fixtures show the validator's own stages: the IDs of
     * sequencing-lint checks registered on the class path are left out unless {@code @lint} asks
     * for them (the lint has fixtures of its own).
     */
    record Spec(String name, List<Expected> expected, Profile profile, String schemas, Set<String> omit, boolean lint) {
        ValidationOptions options() {
            ValidationOptions.Builder b = ValidationOptions.builder().profile(profile);
            if (!lint) registeredLintIds().forEach(b::suppress);
            return b.build();
        }
    }

    static Set<String> registeredLintIds() {
        Set<String> ids = new HashSet<>();
        id.kemas.validator.sequencing.SequencingLintStage.registered().forEach(c -> ids.addAll(c.messageIds()));
        return ids;
    }

    private Fixtures() {
    }

    static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> names() {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Spec spec(String name) throws IOException {
        List<Expected> expected = new ArrayList<>();
        Profile profile = Profile.NONE;
        String schemas = null;
        Set<String> omit = new HashSet<>();
        boolean lint = false;
        for (String line : Files.readAllLines(root().resolve(name).resolve(EXPECTED), StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] parts = l.split("\\s+", 2);
            switch (parts[0]) {
                case "@profile" -> profile = Profile.byId(parts[1]).orElseThrow();
                case "@schemas" -> schemas = parts[1];
                case "@omit" -> omit.add(parts[1]);
                case "@lint" -> lint = true;
                default -> expected.add(new Expected(parts[0], parts.length > 1 ? parts[1] : ""));
            }
        }
        return new Spec(name, expected, profile, schemas, omit, lint);
    }

    /** Copies the fixture into {@code dir} (without expected.txt), adding the schema files it needs. */
    static Path materialise(Spec spec, Path dir) throws IOException {
        Path src = root().resolve(spec.name());
        Path out = dir.resolve(spec.name());
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.toList()) {
                Path rel = src.relativize(f);
                if (rel.toString().equals(EXPECTED)) continue;
                Path target = out.resolve(rel.toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
        String schemas = spec.schemas() != null ? spec.schemas() : detectSchemas(out);
        if (!schemas.equals("none")) {
            SchemaSet set = schemas.equals("scorm12") ? SchemaSet.SCORM_12 : SchemaSet.SCORM_2004_4TH;
            for (String file : set.files()) {
                if (spec.omit().contains(file) || file.endsWith(".md")) continue;
                Path target = out.resolve(file);
                if (Files.exists(target)) continue;
                Files.createDirectories(target.getParent());
                try (InputStream in = set.open(file)) {
                    Files.copy(in, target);
                }
            }
        }
        return out;
    }

    private static String detectSchemas(Path pkg) throws IOException {
        Path manifest = pkg.resolve("imsmanifest.xml");
        if (!Files.exists(manifest)) return "none";
        String text = Files.readString(manifest, StandardCharsets.ISO_8859_1);
        return text.contains("imsproject.org/xsd/imscp_rootv1p1p2") ? "scorm12" : "scorm2004";
    }

    /** Zips a folder, entries sorted, with forward slashes, deflated. */
    static Path zip(Path folder, Path zipFile) throws IOException {
        try (OutputStream os = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(os);
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return zipFile;
    }

    static String kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("-valid")) return "valid";
        if (lower.endsWith("-error")) return "error";
        if (lower.endsWith("-warning")) return "warning";
        return "";
    }
}
