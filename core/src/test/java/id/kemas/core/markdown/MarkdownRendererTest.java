package id.kemas.core.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.i18n.UiStrings;
import id.kemas.core.load.CourseLoader;
import id.kemas.core.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final Problems problems = new Problems(CourseLoader.MESSAGES);
    private final List<String> checked = new ArrayList<>();
    private final LocalReferences everythingExists = (ref, at) -> {
        checked.add(ref + "@" + at);
        return Optional.of(ref);
    };

    private MarkdownRenderer.Rendered render(String md) {
        return new MarkdownRenderer(UiStrings.forLanguage("id")).render(md, "p.md", 1, everythingExists, problems, false);
    }

    @Test
    void externalLinksOpenInANewTabAndSaySoInTheCourseLanguage() {
        String html = render("See [site](https://example.org).").html();
        assertTrue(html.contains("<a href=\"https://example.org\" class=\"kemas-external\" target=\"_blank\" "
                + "rel=\"noopener noreferrer\">site<span class=\"kemas-sr-only\"> (membuka tab baru)</span></a>"), html);
    }

    @Test
    void anImageWithATitleIsAFigureAndIsRecordedAsAnAsset() {
        MarkdownRenderer.Rendered r = render("Intro.\n\n![A chart](media/c.svg \"Sales\")\n");
        assertTrue(r.html().contains("<figure class=\"kemas-figure\"><img src=\"media/c.svg\" alt=\"A chart\" />"
                + "<figcaption>Sales</figcaption></figure>"), r.html());
        assertEquals(List.of("media/c.svg"), r.assets());
        assertEquals(List.of("media/c.svg@p.md:3:1"), checked);
    }

    @Test
    void anImageWithoutAltTextIsAWarningAtItsPlace() {
        render("Text\n\nmore ![](media/x.png)");
        assertEquals("KMS-013", problems.sorted().get(0).id());
        assertEquals("p.md:3:6", problems.sorted().get(0).location().toString());
    }

    @Test
    void blocksRenderAroundTheirMarkdown() {
        String html = render("::: reveal Klik disini\nHidden *a*\n:::\n\n::: callout warning Awas\nCareful\n:::\n").html();
        assertTrue(html.contains("<details class=\"kemas-reveal\">\n<summary>Klik disini</summary>"), html);
        assertTrue(html.contains("<p>Hidden <em>a</em></p>"), html);
        assertTrue(html.contains("<div class=\"kemas-callout kemas-callout-warning\" role=\"note\">\n"
                + "<p class=\"kemas-callout-title\">Awas</p>"), html);
    }

    @Test
    void localVideoGetsCaptionsAndBothFilesAreAssets() {
        MarkdownRenderer.Rendered r = render("::: video media/v.mp4 captions=media/v.vtt\nA talk\n:::\n");
        assertTrue(r.html().contains("<video controls preload=\"metadata\" src=\"media/v.mp4\"><track kind=\"captions\" "
                + "src=\"media/v.vtt\" default></video>"), r.html());
        assertTrue(r.html().contains("<figcaption>A talk</figcaption>"), r.html());
        assertEquals(List.of("media/v.mp4", "media/v.vtt"), r.assets());
    }

    @Test
    void externalVideoKeepsItsQueryString() {
        MarkdownRenderer.Rendered r = render("::: video https://www.youtube.com/watch?v=abc123\nThe talk\n:::\n");
        assertTrue(r.html().contains("href=\"https://www.youtube.com/watch?v=abc123\""), r.html());
        assertTrue(r.assets().isEmpty(), r.assets().toString());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void markersInsideFencedCodeAreText() {
        MarkdownRenderer.Rendered r = render("```\n::: reveal x\n```\n");
        assertTrue(r.html().contains("::: reveal x"), r.html());
        assertTrue(problems.isEmpty());
    }

    @Test
    void unknownBlocksAreReportedWithASuggestion() {
        render("ok\n\n::: revel Klik\nx\n:::\n");
        var p = problems.sorted().get(0);
        assertEquals("KMS-021", p.id());
        assertEquals("p.md:3:1", p.location().toString());
        assertEquals("Did you mean 'reveal'?", p.hint());
    }

    @Test
    void localFilesInRawHtmlAreAssetsToo() {
        assertEquals(List.of("media/a.png"), render("<img src=\"media/a.png\" alt=\"a\">\n").assets());
    }
}
