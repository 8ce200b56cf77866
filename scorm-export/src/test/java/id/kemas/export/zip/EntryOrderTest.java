package id.kemas.export.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

class EntryOrderTest {

    @Test
    void manifestFirstThenCodePointOrder() {
        List<String> paths = new ArrayList<>(List.of("media/b.png", "a.html", "imsmanifest.xml", "Z.html",
                "media/\uD83D\uDE00.png", "media/\uFF21.png", "kemas/kemas.css"));
        paths.sort(EntryOrder.PATHS);
        assertEquals(List.of("imsmanifest.xml", "Z.html", "a.html", "kemas/kemas.css", "media/b.png",
                "media/\uFF21.png", "media/\uD83D\uDE00.png"), paths);
    }

    @Test
    void alreadyCompressedFormatsAreStoredWhateverTheCase() {
        for (String p : List.of("a.JPG", "v/x.mp4", "f.woff2", "d.pdf", "s.webm", "a.m4a", "x.ogg", "z.zip", "g.gif")) {
            assertEquals(ZipEntry.STORED, Compression.methodFor(p), p);
        }
        for (String p : List.of("a.html", "b.svg", "c.vtt", "d.css", "e.js", "README", "dir.png/file", ".png")) {
            assertEquals(ZipEntry.DEFLATED, Compression.methodFor(p), p);
        }
    }
}
