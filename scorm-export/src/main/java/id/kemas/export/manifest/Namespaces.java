package id.kemas.export.manifest;

import java.util.List;

/**
 * The XML namespaces of a SCORM 2004 4th Edition manifest, with the prefixes used by convention
 * and the schema file (at the package root) that defines each.
 */
public final class Namespaces {

    // the URIs are the validator's, so that writer and checker cannot disagree on a letter
    public static final String IMSCP = id.kemas.validator.manifest.Namespaces.IMSCP;
    public static final String ADLCP = id.kemas.validator.manifest.Namespaces.ADLCP;
    public static final String ADLSEQ = id.kemas.validator.manifest.Namespaces.ADLSEQ;
    public static final String ADLNAV = id.kemas.validator.manifest.Namespaces.ADLNAV;
    public static final String IMSSS = id.kemas.validator.manifest.Namespaces.IMSSS;
    public static final String LOM = id.kemas.validator.manifest.Namespaces.LOM;
    public static final String XSI = id.kemas.validator.manifest.Namespaces.XSI;

    /** One namespace: its URI, its conventional prefix ("" for the default namespace) and its schema. */
    public record Namespace(String uri, String prefix, String schemaFile) {}

    /** In the order they are declared and listed in {@code xsi:schemaLocation}. */
    public static final List<Namespace> ALL = List.of(
            namespace(IMSCP, ""),
            namespace(ADLCP, "adlcp"),
            namespace(ADLSEQ, "adlseq"),
            namespace(ADLNAV, "adlnav"),
            namespace(IMSSS, "imsss"),
            namespace(LOM, "lom"));

    private static Namespace namespace(String uri, String prefix) {
        return new Namespace(uri, prefix, id.kemas.validator.manifest.Namespaces.SCORM_2004_SCHEMAS.get(uri));
    }

    private Namespaces() {}
}
