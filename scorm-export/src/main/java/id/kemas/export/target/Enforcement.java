package id.kemas.export.target;

/** Who makes a sequencing behaviour happen in a package. */
public enum Enforcement {
    /** The LMS's sequencing engine, from the manifest. */
    LMS("LMS"),
    /** The content: the SCO's runtime script, from the course's rule table. */
    CONTENT("content"),
    /** The behaviour has no meaning for the target. */
    NOT_NEEDED("not needed"),
    /** Nothing: the target cannot carry it (the build warns). */
    NOT_ENFORCED("not enforced");

    private final String words;

    Enforcement(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
