package id.kemas.validator;

/**
 * The validation stages, in the order they run. A fatal problem in one stage skips the rest.
 * Each stage reports under one message-ID prefix (controlling documents share {@code MAN-}).
 */
public enum Stage {
    CONTAINER("PKG", "container: zip, entry names, size limits, CRCs"),
    MANIFEST("MAN", "manifest: present at the root, well-formed, no DOCTYPE"),
    CONTROLLING_DOCUMENTS("MAN", "controlling documents: namespaces mapped, schema files present"),
    SCHEMA("XSD", "schema validation, every namespace"),
    CONTENT_AGGREGATION("CAM", "content aggregation rules beyond the schemas"),
    FILES("RES", "referenced files exist, case matches, nothing unreferenced"),
    LAUNCH_PAGES("HTM", "launch pages parse, reach the SCORM API, have no broken links"),
    SEQUENCING_LINT("SEQ", "sequencing lint"),
    PROFILE("PRF", "LMS profile");

    private final String prefix;
    private final String description;

    Stage(String prefix, String description) {
        this.prefix = prefix;
        this.description = description;
    }

    /** The message-ID prefix of the stage's problems, e.g. {@code CAM}. */
    public String prefix() {
        return prefix;
    }

    public String description() {
        return description;
    }
}
