package id.kemas.core.markdown;

import java.util.List;

/** A piece of a page: plain Markdown, or a {@code ::: name args} block holding more pieces. */
sealed interface Segment permits Segment.Text, Segment.Block {

    /** Markdown text whose first line is line {@code firstLine} (1-based) of the file. */
    record Text(String markdown, int firstLine) implements Segment {}

    /** A block opened at {@code line}, column 1. */
    record Block(String name, String arguments, List<Segment> children, int line) implements Segment {}
}
