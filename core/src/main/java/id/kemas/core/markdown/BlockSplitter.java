package id.kemas.core.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a page into Markdown text and {@code ::: name args} ... {@code :::} blocks (nested blocks
 * allowed). Lines inside fenced code are never taken for block markers.
 */
final class BlockSplitter {

    private static final Pattern OPEN = Pattern.compile("^ {0,3}:::\\s*([A-Za-z][\\w-]*)\\s*(.*?)\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^ {0,3}:::\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    /** A block whose closing line is missing, with the line it was opened on. */
    record Unclosed(String name, int line) {}

    record Result(List<Segment> segments, List<Unclosed> unclosed) {}

    private BlockSplitter() {}

    static Result split(String markdown, int firstLine) {
        String[] lines = markdown.split("\n", -1);
        Deque<Frame> stack = new ArrayDeque<>();
        Frame top = new Frame(null, "", firstLine);
        stack.push(top);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = firstLine + i;
            Frame f = stack.peek();
            Matcher fm = FENCE.matcher(line);
            if (fence != null) {
                if (fm.find() && fm.group(1).charAt(0) == fence.charAt(0) && fm.group(1).length() >= fence.length()) {
                    fence = null;
                }
                f.append(line, lineNo);
                continue;
            }
            if (fm.find()) {
                fence = fm.group(1);
                f.append(line, lineNo);
                continue;
            }
            Matcher open = OPEN.matcher(line);
            if (open.matches()) {
                f.flush();
                stack.push(new Frame(open.group(1), open.group(2), lineNo));
                continue;
            }
            if (CLOSE.matcher(line).matches() && stack.size() > 1) {
                Frame done = stack.pop();
                done.flush();
                stack.peek().segments.add(new Segment.Block(done.name, done.arguments, done.segments, done.line));
                continue;
            }
            f.append(line, lineNo);
        }
        List<Unclosed> unclosed = new ArrayList<>();
        while (stack.size() > 1) {
            Frame done = stack.pop();
            done.flush();
            unclosed.add(new Unclosed(done.name, done.line));
            stack.peek().segments.add(new Segment.Block(done.name, done.arguments, done.segments, done.line));
        }
        top.flush();
        return new Result(List.copyOf(top.segments), List.copyOf(unclosed));
    }

    /** A block being read, or the page itself. */
    private static final class Frame {
        final String name;
        final String arguments;
        final int line;
        final List<Segment> segments = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int textStart = -1;

        Frame(String name, String arguments, int line) {
            this.name = name;
            this.arguments = arguments;
            this.line = line;
        }

        void append(String line, int lineNo) {
            if (textStart < 0) textStart = lineNo;
            text.append(line).append('\n');
        }

        void flush() {
            if (textStart >= 0 && !text.toString().isBlank()) segments.add(new Segment.Text(text.toString(), textStart));
            text.setLength(0);
            textStart = -1;
        }
    }
}
