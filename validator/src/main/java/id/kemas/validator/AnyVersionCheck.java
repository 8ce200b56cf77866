package id.kemas.validator;

/** A {@link ManifestCheck} whose rules hold for SCORM 1.2 and SCORM 2004 packages alike. */
public interface AnyVersionCheck extends ManifestCheck {

    @Override
    default boolean appliesTo(PackageKind kind) {
        return kind != PackageKind.UNKNOWN;
    }
}
