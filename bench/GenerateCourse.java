import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a large synthetic course for the build benchmark, the same bytes for the same arguments:
 * by default 1,000 Markdown pages in 200 leaves (20 units of 10 lessons of 5 pages), one text asset
 * (SVG, captions, CSV, plain text) per page and incompressible media (JPEG, PNG, MP4, PDF) of the
 * given total size. Another shape tries what grows with the course rather than its media, for
 * example 2,000 one-page lessons with 1 MB of media: {@code <folder> 1 20240601 50 40 1}.
 *
 * java bench/GenerateCourse.java <folder> [media-megabytes] [seed] [units lessons-per-unit pages-per-lesson]
 */
public final class GenerateCourse {

    static final String[] WORDS = ("aparatur sipil negara pelayanan publik akuntabel kompeten harmonis loyal adaptif "
            + "kolaboratif nilai dasar perilaku organisasi pemerintah masyarakat kinerja integritas tanggung jawab "
            + "kebijakan layanan kualitas budaya kerja etika profesional inovasi kerja sama tujuan strategi "
            + "pembelajaran peserta modul materi evaluasi latihan contoh kasus diskusi refleksi ringkasan").split(" ");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        long mediaBytes = (args.length > 1 ? Long.parseLong(args[1]) : 600) << 20;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20240601L;
        int units = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int lessonsPerUnit = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int pagesPerLesson = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        SplittableRandom random = new SplittableRandom(seed);

        // media: 60 % video, 25 % photos, 8 % PNG, 7 % PDF, by bytes
        String[][] kinds = {{"mp4", "video", "0.60", "24"}, {"jpg", "photo", "0.25", "150"},
                {"png", "figure", "0.08", "40"}, {"pdf", "handout", "0.07", "30"}};
        int mediaCount = 0;
        for (String[] k : kinds) mediaCount += Integer.parseInt(k[3]);
        String[] media = new String[mediaCount];
        int m = 0;
        for (String[] k : kinds) {
            int n = Integer.parseInt(k[3]);
            long each = (long) (mediaBytes * Double.parseDouble(k[2]) / n);
            for (int i = 0; i < n; i++) {
                String path = String.format(Locale.ROOT, "media/%s/%s-%03d.%s", k[1], k[1], i, k[0]);
                writeNoise(root.resolve(path), each + random.nextInt(4096), random);
                media[m++] = path;
            }
        }

        StringBuilder yaml = new StringBuilder();
        yaml.append("id: bench\ntitle: Benchmark course\nversion: 1.0.0\nlanguage: id\n")
                .append("description: A large synthetic course for measuring kemas build.\nkeywords: [benchmark]\nchildren:\n");
        int page = 0;
        for (int c = 0; c < units; c++) {
            yaml.append(String.format(Locale.ROOT, "  - id: unit-%02d\n    title: Unit %d\n    children:\n", c, c + 1));
            for (int l = 0; l < lessonsPerUnit; l++) {
                String leaf = String.format(Locale.ROOT, "lesson-%02d-%02d", c, l);
                yaml.append("      - id: ").append(leaf).append("\n        title: Lesson ").append(c + 1).append('.')
                        .append(l + 1).append("\n        pages:\n");
                for (int p = 0; p < pagesPerLesson; p++, page++) {
                    String md = String.format(Locale.ROOT, "pages/%s/%02d.md", leaf, p);
                    yaml.append("          - ").append(md).append('\n');
                    String asset = textAsset(root, page, random);
                    String medium = page % 3 == 0 ? media[(page / 3) % media.length] : null;
                    write(root.resolve(md), markdown(page, asset, medium, random));
                }
            }
        }
        write(root.resolve("course.yaml"), yaml.toString());
    }

    static String markdown(int n, String asset, String medium, SplittableRandom r) {
        StringBuilder s = new StringBuilder("---\ntitle: Halaman " + (n + 1) + "\n---\n\n");
        for (int p = 0; p < 6; p++) s.append(sentence(r, 60 + r.nextInt(60))).append("\n\n");
        if (asset.endsWith(".svg")) s.append("![Diagram ").append(n).append("](").append(asset).append(" \"Diagram\")\n\n");
        else s.append("Lihat [lampiran](").append(asset).append(").\n\n");
        if (medium != null) {
            if (medium.endsWith(".mp4")) s.append("::: video ").append(medium).append("\n:::\n\n");
            else if (medium.endsWith(".pdf")) s.append("Unduh [bahan](").append(medium).append(").\n\n");
            else s.append("![Gambar ").append(n).append("](").append(medium).append(")\n\n");
        }
        s.append("| aspek | uraian |\n|---|---|\n");
        for (int i = 0; i < 4; i++) s.append("| ").append(sentence(r, 2)).append(" | ").append(sentence(r, 12)).append(" |\n");
        return s.toString();
    }

    static String textAsset(Path root, int n, SplittableRandom r) throws IOException {
        String path;
        StringBuilder s = new StringBuilder();
        switch (n % 4) {
            case 0 -> {
                path = String.format(Locale.ROOT, "media/svg/diagram-%04d.svg", n);
                s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 600\">\n");
                for (int i = 0; i < 120; i++) {
                    s.append(String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#%06x\"/>\n",
                            r.nextInt(800), r.nextInt(600), 10 + r.nextInt(90), 10 + r.nextInt(90), r.nextInt(0xffffff)));
                }
                s.append("  <text x=\"10\" y=\"20\">").append(sentence(r, 8)).append("</text>\n</svg>\n");
            }
            case 1 -> {
                path = String.format(Locale.ROOT, "media/captions/caption-%04d.vtt", n);
                s.append("WEBVTT\n\n");
                for (int i = 0; i < 60; i++) {
                    s.append(String.format(Locale.ROOT, "00:%02d:%02d.000 --> 00:%02d:%02d.500\n", i / 12, (i * 5) % 60,
                            i / 12, (i * 5 + 4) % 60)).append(sentence(r, 10)).append("\n\n");
                }
            }
            case 2 -> {
                path = String.format(Locale.ROOT, "media/data/table-%04d.csv", n);
                s.append("no,nama,nilai,keterangan\n");
                for (int i = 0; i < 300; i++) s.append(i).append(',').append(sentence(r, 2)).append(',')
                        .append(r.nextInt(100)).append(',').append(sentence(r, 5)).append('\n');
            }
            default -> {
                path = String.format(Locale.ROOT, "media/notes/notes-%04d.txt", n);
                for (int i = 0; i < 40; i++) s.append(sentence(r, 25)).append('\n');
            }
        }
        write(root.resolve(path), s.toString());
        return path;
    }

    static String sentence(SplittableRandom r, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) s.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        return s.append('.').toString();
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void writeNoise(Path file, long size, SplittableRandom r) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long left = size; left > 0; left -= buf.length) {
                for (int i = 0; i < buf.length; i += 8) {
                    long v = r.nextLong();
                    for (int b = 0; b < 8; b++) buf[i + b] = (byte) (v >>> (8 * b));
                }
                out.write(buf, 0, (int) Math.min(left, buf.length));
            }
        }
    }
}
