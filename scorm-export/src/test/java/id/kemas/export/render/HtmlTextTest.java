package id.kemas.export.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTextTest {

    private static final String LABEL = "Tabel \"A\" & B";

    @ParameterizedTest
    @ValueSource(strings = {
        "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n",
        "<p>before</p>\n<table><tr><td>1</td></tr></table>\n<p>between</p>\n<table class=\"x\"><tr><td>2</td></tr></table>",
        "<h2>t</h2><table\n><tr><td>é &amp; <img src=\"a.png\" alt=\"a\" /></td></tr></table><p>after</p>",
        "<section><p><strong>s</strong> <em>i</em> <span>n</span></p><table><tbody><tr><td>1</td></tr></tbody></table></section>",
    })
    void quickWrapMatchesTheParser(String html) {
        String quick = HtmlText.wrapPlainTables(html, LABEL);
        assertNotNull(quick, "plain Markdown tables take the quick way");
        assertEquals(normalised(HtmlText.wrapParsedTables(html, LABEL)), normalised(quick));
        assertEquals(quick, HtmlText.wrapTables(html, LABEL));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<table><caption>Nilai</caption><tr><td>1</td></tr></table>",
        "<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>",
        "<!-- <table> --><table><tr><td>1</td></tr></table>",
        "<script>var t = '<table>';</script><table><tr><td>1</td></tr></table>",
        "<TABLE><tr><td>1</td></tr></TABLE><table><tr><td>2</td></tr></table>",
        "<div class=\"kemas-table\"><table><tr><td>1</td></tr></table></div>",
        "<table><tr><td>unclosed</td></tr>",
        "<table><tr><td>1</td></tr></table >",
        "<table><tr><td>1</td></tr></table><STYLE>p { color: red }</STYLE>",
        "<p>x</p></table><table><tr><td>1</td></tr></table>",
        "<table><tr><td>1</td></tr></Table>",
    })
    void anythingElseGoesToTheParser(String html) {
        assertNull(HtmlText.wrapPlainTables(html, LABEL));
        assertEquals(HtmlText.wrapParsedTables(html, LABEL), HtmlText.wrapTables(html, LABEL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>no tables</p>", "<p>a <tablet> is not a table</p>"})
    void pagesWithoutTablesStayAsTheyAre(String html) {
        assertEquals(html.contains("<table") ? HtmlText.wrapPlainTables(html, LABEL) : html,
                HtmlText.wrapTables(html, LABEL));
        assertEquals(normalised(html), normalised(HtmlText.wrapTables(html, LABEL)));
    }

    /** The fragment as the parser reads it, written out the same way. */
    private static String normalised(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
