package id.kemas.validator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageReferencesTest {

    @Test
    void everyKindOfReferenceIsFoundAndGroupedAsItIsChecked() {
        String html = """
                <!doctype html><html><head>
                <link rel="Stylesheet" href="css/a.css"><link rel="icon" href="img/fav.png">
                <link rel="canonical" href="elsewhere.html"><link rel="modulepreload" href="js/m.js">
                <script src="js/a.js"></script><script>var inline = 1;</script>
                </head><body>
                <a href="next.html">next</a><a href="#top">top</a><a href="mailto:x@example.org">mail</a>
                <img src="img/a.png" alt=""><IMG SRC="img/b.png" alt="">
                <video src="v.mp4" poster="img/poster.jpg"><source src="v.webm"><track src="v.vtt"></video>
                <audio src="a.mp3"></audio><embed src="e.swf"><object data="o.pdf"></object>
                <input type="IMAGE" src="img/button.png"><input type="text" src="ignored.png">
                <map><area href="area.html"></map>
                <iframe src="inner.html"></iframe><frameset><frame src="f.html"></frameset>
                <script src="js/b.js"></script><img src="{{template}}.png" alt="">
                </body></html>
                """;
        List<String> found = PageReferences.of(Jsoup.parse(html)).stream()
                .map(r -> r.kind() + " " + r.url()).toList();
        assertEquals(List.of(
                "SCRIPT js/a.js", "SCRIPT js/b.js",
                "STYLESHEET css/a.css", "MEDIA img/fav.png", "MEDIA js/m.js",
                "FRAME inner.html",
                "MEDIA img/a.png", "MEDIA img/b.png", "MEDIA v.mp4", "MEDIA v.webm", "MEDIA v.vtt", "MEDIA a.mp3",
                "MEDIA e.swf", "MEDIA img/button.png",
                "MEDIA img/poster.jpg",
                "MEDIA o.pdf",
                "LINK next.html", "LINK area.html"), found);
    }
}
