package id.kemas.export.manifest12;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <metadata>}: "ADL SCORM" 1.2, and the course described inline in IMS metadata 1.2.1
 * ({@code imsmd:lom/general}: title, language, description, keywords).
 */
@XmlType(name = "metadata12", propOrder = {"schema", "schemaVersion", "lom"})
public final class Metadata12 {

    @XmlElement
    private String schema = "ADL SCORM";

    @XmlElement(name = "schemaversion")
    private String schemaVersion = "1.2";

    @XmlElement(namespace = Namespaces12.IMSMD)
    private Lom lom;

    private Metadata12() {}

    public Metadata12(String language, String title, String description, List<String> keywords) {
        this.lom = new Lom(new General(language, title, description, keywords));
    }

    @XmlType(name = "lom12")
    static final class Lom {
        @XmlElement(namespace = Namespaces12.IMSMD)
        private General general;

        private Lom() {}

        Lom(General general) {
            this.general = general;
        }
    }

    @XmlType(name = "general12", propOrder = {"title", "language", "description", "keywords"})
    static final class General {
        @XmlElement(namespace = Namespaces12.IMSMD)
        private Text title;

        @XmlElement(namespace = Namespaces12.IMSMD)
        private String language;

        @XmlElement(namespace = Namespaces12.IMSMD)
        private Text description;

        @XmlElement(name = "keyword", namespace = Namespaces12.IMSMD)
        private final List<Text> keywords = new ArrayList<>();

        private General() {}

        General(String language, String title, String description, List<String> keywords) {
            this.title = new Text(language, title);
            this.language = language;
            this.description = description == null || description.isBlank() ? null : new Text(language, description.strip());
            keywords.forEach(k -> this.keywords.add(new Text(language, k)));
        }
    }

    /** An element holding one {@code imsmd:langstring}. */
    @XmlType(name = "text12")
    static final class Text {
        @XmlElement(namespace = Namespaces12.IMSMD)
        private LangString langstring;

        private Text() {}

        Text(String language, String value) {
            this.langstring = new LangString(language, value);
        }
    }

    @XmlType(name = "langstring12")
    static final class LangString {
        @XmlAttribute(namespace = Namespaces12.XML, name = "lang")
        private String lang;

        @XmlValue
        private String value;

        private LangString() {}

        LangString(String lang, String value) {
            this.lang = lang;
            this.value = value;
        }
    }
}
