package id.kemas.validator;

import id.kemas.validator.container.FileIndex;
import id.kemas.validator.container.PackageContent;
import id.kemas.validator.manifest.Manifest;

/**
 * What a {@link ManifestCheck} may look at: the parsed manifest, the package's files (readable in
 * place, within the limits of the options) and the kind of package whose rules apply.
 *
 * @param kind the kind whose rules apply: the detected kind, or the edition the manifest's
 *             namespace implies when its {@code schemaversion} is missing or unknown
 */
public record CheckContext(Manifest manifest, PackageContent content, PackageKind kind, ValidationOptions options) {

    public FileIndex files() {
        return content.files();
    }
}
