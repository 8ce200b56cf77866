package id.kemas.validator.manifest;

import id.kemas.validator.PackageKind;

import java.util.Optional;

/**
 * A parsed {@code imsmanifest.xml}: its bytes (for schema validation), its element tree, what kind
 * of package it declares, and the content structure that most rules walk.
 */
public final class Manifest {

    /** The manifest's path in every package. */
    public static final String FILE = "imsmanifest.xml";

    private final byte[] bytes;
    private final XmlElement root;
    private final PackageKind declaredKind;
    private final PackageKind rulesKind;
    private final String schemaVersion;
    private ContentStructure structure;

    public Manifest(byte[] bytes, XmlElement root, PackageKind declaredKind, PackageKind rulesKind, String schemaVersion) {
        this.bytes = bytes.clone();
        this.root = root;
        this.declaredKind = declaredKind;
        this.rulesKind = rulesKind;
        this.schemaVersion = schemaVersion;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public XmlElement root() {
        return root;
    }

    /** What the manifest says it is; {@link PackageKind#UNKNOWN} if its version is missing or unknown. */
    public PackageKind declaredKind() {
        return declaredKind;
    }

    /** The kind whose rules apply: the declared kind, or the edition the root namespace implies. */
    public PackageKind rulesKind() {
        return rulesKind;
    }

    /** The text of {@code metadata/schemaversion}, trimmed, if present. */
    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }

    /** The IMS CP namespace of this manifest (2004 or 1.2). */
    public String cpNamespace() {
        return root.namespace();
    }

    /** Organizations, items and resources, indexed. Built on first use. */
    public synchronized ContentStructure structure() {
        if (structure == null) structure = new ContentStructure(this);
        return structure;
    }
}
