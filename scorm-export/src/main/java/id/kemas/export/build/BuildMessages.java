package id.kemas.export.build;

import id.kemas.core.problem.MessageCatalog;

/** The message IDs of problems the build step finds. */
public final class BuildMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.load(BuildMessages.class, "/id/kemas/export/build/messages.properties");

    /** Two files would have the same path in the package. */
    public static final String PATH_CLASH = "KMS-901";
    /** A course file a page uses is missing at build time. */
    public static final String MISSING_FILE = "KMS-902";
    /** A course file a page uses is outside the course folder. */
    public static final String OUTSIDE_COURSE = "KMS-903";
    /** A node id that kemas needs for itself. */
    public static final String RESERVED_ID = "KMS-904";
    /** The built package did not pass its self-check. */
    public static final String SELF_CHECK_FAILED = "KMS-905";

    private BuildMessages() {}
}
