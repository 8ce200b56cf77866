package id.kemas.validator.manifest;

/** Identifier comparison the way XML Schema and the SCORM conformance rules compare them. */
public final class Ids {

    private Ids() {
    }

    /** XML Schema's whitespace "collapse": trim, and turn every run of spaces, tabs and newlines into one space. */
    public static String collapse(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * An objective ID as the conformance rules compare them: {@code %20} read as a space, then
     * collapsed, so {@code "obj%201"} and {@code " obj 1 "} name the same objective.
     */
    public static String objective(String s) {
        return s == null ? "" : collapse(s.replace("%20", " "));
    }
}
