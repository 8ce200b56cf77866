package id.kemas.export.manifest.lom;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code lom:technical}: the MIME type of the package's content. */
public final class Technical {

    @XmlElement private String format;

    private Technical() {}

    public Technical(String format) {
        this.format = format;
    }
}
