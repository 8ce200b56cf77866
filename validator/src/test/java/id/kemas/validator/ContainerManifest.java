package id.kemas.validator;

/** A smallest manifest for tests about the container, not the manifest. */
final class ContainerManifest {
    static final String EMPTY = "<?xml version=\"1.0\"?>\n"
            + "<manifest identifier=\"M\" xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><organizations/><resources/></manifest>\n";

    private ContainerManifest() {
    }
}
