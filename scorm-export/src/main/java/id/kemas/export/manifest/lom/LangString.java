package id.kemas.export.manifest.lom;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** A LOM {@code LangString}: text with the language it is written in. */
@XmlType(name = "LangString")
public final class LangString {

    /** {@code <string language="...">}. */
    @XmlType(name = "langString")
    public static final class Text {
        @XmlAttribute private String language;
        @XmlValue private String value;

        private Text() {}

        Text(String language, String value) {
            this.language = language;
            this.value = value;
        }
    }

    @XmlElement(name = "string")
    private Text text;

    private LangString() {}

    public LangString(String language, String value) {
        this.text = new Text(language, value);
    }
}
