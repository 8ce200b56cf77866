package id.kemas.core.text;

/** JSON string literals, for the few places that write JSON by hand (reports, page data). */
public final class JsonString {

    private JsonString() {}

    /** Appends {@code s} as a JSON string literal: quotes, backslashes and control characters escaped. */
    public static void append(StringBuilder b, String s) {
        append(b, s, false);
    }

    /**
     * As {@link #append(StringBuilder, String)}, and {@code <}, {@code >} and {@code &} as
     * {@code \}{@code u} escapes too, so that the JSON can sit inside an HTML {@code <script>} element.
     */
    public static void appendForScript(StringBuilder b, String s) {
        append(b, s, true);
    }

    private static void append(StringBuilder b, String s, boolean inScript) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    boolean markup = inScript && (c == '<' || c == '>' || c == '&');
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || markup) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
