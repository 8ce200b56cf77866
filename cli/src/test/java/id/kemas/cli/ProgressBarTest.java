package id.kemas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void aBuildShorterThanASecondDrawsNothing() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err));
        bar.started(1000);
        bar.advanced(1000);
        bar.finished();
        assertEquals("", err.toString());
    }

    @Test
    void aLongerBuildDrawsTheBarAndErasesItAtTheEnd() throws InterruptedException {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err));
        bar.started(4L << 20);
        bar.advanced(1L << 20);
        Thread.sleep(1300);
        bar.finished();
        String text = err.toString();
        assertTrue(text.contains("\rzipping [#######"), text);
        assertTrue(text.contains(" 25%  1.0 MB / 4.0 MB"), text);
        assertTrue(text.endsWith("\r") && text.substring(text.lastIndexOf("MB") + 2).isBlank(), "erased at the end");
    }
}
