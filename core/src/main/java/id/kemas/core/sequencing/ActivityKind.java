package id.kemas.core.sequencing;

/** What an activity is in the content package. */
public enum ActivityKind {
    /** The root: the organization. */
    ORGANIZATION,
    /** An item with child items and no resource. */
    CLUSTER,
    /** A leaf whose resource is a SCO: it talks to the LMS and may report its own status. */
    SCO,
    /** A leaf whose resource is an asset: the LMS tracks it alone. */
    ASSET;

    public boolean isLeaf() {
        return this == SCO || this == ASSET;
    }
}
