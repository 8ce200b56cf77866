package id.kemas.validator;

/** What a package says it is, from its manifest's namespace and {@code <schemaversion>}. */
public enum PackageKind {
    SCORM_2004_4TH("SCORM 2004 4th Edition"),
    SCORM_2004_3RD("SCORM 2004 3rd Edition"),
    SCORM_2004_2ND("SCORM 2004 2nd Edition (CAM 1.3)"),
    SCORM_12("SCORM 1.2"),
    /** No readable manifest, or a manifest of no SCORM version this validator knows. */
    UNKNOWN("unknown kind");

    private final String label;

    PackageKind(String label) {
        this.label = label;
    }

    /** Human-readable name, e.g. "SCORM 2004 4th Edition". */
    public String label() {
        return label;
    }

    public boolean isScorm2004() {
        return this == SCORM_2004_4TH || this == SCORM_2004_3RD || this == SCORM_2004_2ND;
    }
}
