import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a valid SCORM 2004 4th Edition package straight to a zip, the same bytes for the same
 * arguments, for the validation benchmark when no package built by kemas is at hand. "large" has the
 * shape of the build benchmark's course: 200 SCOs of 5 pages (1,000 HTML pages), 1,000 text assets
 * and incompressible media of the given size, stored; "small" is one SCO of a few files.
 *
 * java bench/GeneratePackage.java <out.zip> <large|small> [media-megabytes] [schema-folder]
 */
public final class GeneratePackage {

    private static final long TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z, fixed for identical bytes

    private final ZipOutputStream zip;
    private final SplittableRandom random = new SplittableRandom(20240601L);
    private final StringBuilder resources = new StringBuilder();

    private GeneratePackage(ZipOutputStream zip) {
        this.zip = zip;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        boolean large = args.length < 2 || args[1].equals("large");
        long mediaBytes = (args.length > 2 ? Long.parseLong(args[2]) : 600) << 20;
        Path schemas = Path.of(args.length > 3 ? args[3] : "validator/src/main/resources/id/kemas/validator/schemas/scorm2004");
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20);
             ZipOutputStream zip = new ZipOutputStream(os)) {
            new GeneratePackage(zip).write(large ? 20 : 1, large ? 10 : 1, large ? mediaBytes : 0, schemas);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void write(int clusters, int leaves, long mediaBytes, Path schemas) throws IOException {
        text("scorm.js", SCORM_JS);
        List<String> media = media(mediaBytes);
        StringBuilder items = new StringBuilder();
        for (int c = 0; c < clusters; c++) {
            items.append(String.format(Locale.ROOT, "      <item identifier=\"unit-%02d\">\n        <title>Unit %d</title>\n", c, c + 1));
            for (int l = 0; l < leaves; l++) {
                String id = String.format(Locale.ROOT, "lesson-%02d-%02d", c, l);
                items.append("        <item identifier=\"").append(id).append("\" identifierref=\"res-").append(id)
                        .append("\">\n          <title>Lesson ").append(c + 1).append('.').append(l + 1).append("</title>\n        </item>\n");
                lesson(id, media);
            }
            items.append("      </item>\n");
        }
        if (!media.isEmpty()) {
            resources.append("    <resource identifier=\"res-media\" type=\"webcontent\" adlcp:scormType=\"asset\">\n");
            for (String m : media) resources.append("      <file href=\"").append(m).append("\"/>\n");
            resources.append("    </resource>\n");
        }
        resources.append("    <resource identifier=\"res-common\" type=\"webcontent\" adlcp:scormType=\"asset\">\n")
                .append("      <file href=\"scorm.js\"/>\n    </resource>\n");
        text("imsmanifest.xml", MANIFEST.replace("@ITEMS@", items).replace("@RESOURCES@", resources));
        try (var files = Files.walk(schemas)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = schemas.relativize(f).toString().replace('\\', '/');
                if (name.endsWith(".xsd") || name.endsWith(".dtd")) entry(name, Files.readAllBytes(f), true);
            }
        }
    }

    /** One SCO: five pages (the first is the launch page) and five text assets. */
    private void lesson(String id, List<String> media) throws IOException {
        resources.append("    <resource identifier=\"res-").append(id).append("\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"")
                .append(id).append("/page-1.html\">\n");
        for (int p = 1; p <= 5; p++) {
            String next = p < 5 ? "<a href=\"page-" + (p + 1) + ".html\">Next</a>" : "";
            String img = media.isEmpty() ? "" : "<img src=\"../" + media.get(random.nextInt(media.size())) + "\" alt=\"\">";
            text(id + "/page-" + p + ".html", PAGE.replace("@TITLE@", id + " page " + p).replace("@BODY@", words(400) + img + next));
            resources.append("      <file href=\"").append(id).append("/page-").append(p).append(".html\"/>\n");
        }
        String[] assets = {"notes.txt", "captions.vtt", "data.csv", "figure.svg", "summary.txt"};
        for (String a : assets) {
            text(id + "/" + a, a.endsWith(".svg") ? "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>" + words(20) + "</text></svg>\n" : words(300));
            resources.append("      <file href=\"").append(id).append('/').append(a).append("\"/>\n");
        }
        resources.append("      <dependency identifierref=\"res-common\"/>\n");
        if (!media.isEmpty()) resources.append("      <dependency identifierref=\"res-media\"/>\n");
        resources.append("    </resource>\n");
    }

    /** Incompressible media, 60 % video, 25 % photos, 8 % figures, 7 % handouts by size, stored. */
    private List<String> media(long total) throws IOException {
        List<String> paths = new ArrayList<>();
        if (total == 0) return paths;
        String[][] kinds = {{"mp4", "video", "0.60", "24"}, {"jpg", "photo", "0.25", "150"},
                {"png", "figure", "0.08", "40"}, {"pdf", "handout", "0.07", "30"}};
        for (String[] k : kinds) {
            int n = Integer.parseInt(k[3]);
            long each = (long) (total * Double.parseDouble(k[2]) / n);
            for (int i = 0; i < n; i++) {
                String path = String.format(Locale.ROOT, "media/%s/%s-%03d.%s", k[1], k[1], i, k[0]);
                byte[] data = new byte[(int) each + random.nextInt(4096)];
                random.nextBytes(data);
                entry(path, data, false);
                paths.add(path);
            }
        }
        return paths;
    }

    private void text(String name, String content) throws IOException {
        entry(name, content.getBytes(StandardCharsets.UTF_8), true);
    }

    private void entry(String name, byte[] data, boolean deflate) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(TIME);
        if (!deflate) {
            CRC32 crc = new CRC32();
            crc.update(data);
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            e.setCompressedSize(data.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ".\n" : " ");
        return b.append('\n').toString();
    }

    private static final String[] WORDS = ("aparatur sipil negara pelayanan publik akuntabel kompeten harmonis loyal "
            + "adaptif kolaboratif nilai dasar perilaku organisasi pemerintah masyarakat kinerja integritas").split(" ");

    private static final String SCORM_JS = """
            // Finds the SCORM 2004 API (API_1484_11) in a parent window and reports completion.
            function findApi(w) { for (var i = 0; w && i < 500; i++) { if (w.API_1484_11) return w.API_1484_11; if (w === w.parent) break; w = w.parent; } return null; }
            var api = findApi(window);
            function start() { if (api) { api.Initialize(""); } }
            function finish() { if (api) { api.SetValue("cmi.completion_status", "completed"); api.Terminate(""); } }
            """;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><title>@TITLE@</title><script src="../scorm.js"></script></head>
            <body onload="start()" onpagehide="finish()"><h1>@TITLE@</h1><p>@BODY@</p></body></html>
            """;

    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="bench.package" version="1.0.0"
                      xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                      xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd
                                          http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd">
              <metadata>
                <schema>ADL SCORM</schema>
                <schemaversion>2004 4th Edition</schemaversion>
              </metadata>
              <organizations default="bench">
                <organization identifier="bench">
                  <title>Benchmark package</title>
            @ITEMS@    </organization>
              </organizations>
              <resources>
            @RESOURCES@  </resources>
            </manifest>
            """;
}
