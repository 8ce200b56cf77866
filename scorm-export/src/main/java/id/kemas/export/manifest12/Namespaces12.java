package id.kemas.export.manifest12;

import java.util.List;

/** The namespaces of a SCORM 1.2 manifest and the schema file (at the package root) of each. */
public final class Namespaces12 {

    public static final String IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    public static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    public static final String IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** {@code xsi:schemaLocation}: each namespace with its schema file. */
    public static final String SCHEMA_LOCATION = String.join(" ", List.of(
            IMSCP, "imscp_rootv1p1p2.xsd", ADLCP, "adlcp_rootv1p2.xsd", IMSMD, "imsmd_rootv1p2p1.xsd"));

    private Namespaces12() {}
}
