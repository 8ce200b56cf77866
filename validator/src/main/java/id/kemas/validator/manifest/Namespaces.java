package id.kemas.validator.manifest;

import java.util.Map;

/** The namespaces of SCORM manifests, and the prefixes people know them by. */
public final class Namespaces {

    public static final String IMSCP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    public static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_v1p3";
    public static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";
    public static final String ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3";
    public static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
    public static final String LOM = "http://ltsc.ieee.org/xsd/LOM";

    public static final String IMSCP_12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    public static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    public static final String IMSMD_12 = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";

    public static final String XML = "http://www.w3.org/XML/1998/namespace";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** SCORM 2004 namespaces and the bundled schema file that defines each. */
    public static final Map<String, String> SCORM_2004_SCHEMAS = Map.of(
            IMSCP, "imscp_v1p1.xsd",
            ADLCP, "adlcp_v1p3.xsd",
            ADLSEQ, "adlseq_v1p3.xsd",
            ADLNAV, "adlnav_v1p3.xsd",
            IMSSS, "imsss_v1p0.xsd",
            LOM, "lom.xsd");

    /** SCORM 1.2 namespaces and the bundled schema file that defines each. */
    public static final Map<String, String> SCORM_12_SCHEMAS = Map.of(
            IMSCP_12, "imscp_rootv1p1p2.xsd",
            ADLCP_12, "adlcp_rootv1p2.xsd",
            IMSMD_12, "imsmd_rootv1p2p1.xsd");

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry(IMSCP, ""), Map.entry(ADLCP, "adlcp"), Map.entry(ADLSEQ, "adlseq"),
            Map.entry(ADLNAV, "adlnav"), Map.entry(IMSSS, "imsss"), Map.entry(LOM, "lom"),
            Map.entry(IMSCP_12, ""), Map.entry(ADLCP_12, "adlcp"), Map.entry(IMSMD_12, "imsmd"),
            Map.entry(XML, "xml"), Map.entry(XSI, "xsi"));

    private Namespaces() {
    }

    /** {@code adlcp:scormType} for a known namespace, the bare name for IMS CP or no namespace. */
    public static String display(String namespace, String local) {
        if (namespace == null || namespace.isEmpty()) return local;
        String prefix = PREFIXES.get(namespace);
        if (prefix == null) return "{" + namespace + "}" + local;
        return prefix.isEmpty() ? local : prefix + ":" + local;
    }

    public static boolean isKnown(String namespace) {
        return PREFIXES.containsKey(namespace);
    }
}
