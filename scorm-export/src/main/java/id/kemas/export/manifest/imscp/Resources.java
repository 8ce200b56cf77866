package id.kemas.export.manifest.imscp;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <resources>}: every SCO and asset of the package with the files each uses. */
public final class Resources {

    @XmlElement(name = "resource")
    private final List<Resource> resources = new ArrayList<>();

    public Resources add(Resource resource) {
        resources.add(resource);
        return this;
    }

    public List<Resource> list() {
        return resources;
    }
}
