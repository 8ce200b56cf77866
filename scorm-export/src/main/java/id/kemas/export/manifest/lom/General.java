package id.kemas.export.manifest.lom;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** {@code lom:general}: title, language, description and keywords. */
@XmlType(propOrder = {"title", "language", "description", "keywords"})
public final class General {

    @XmlElement private LangString title;
    @XmlElement private String language;
    @XmlElement private LangString description;
    @XmlElement(name = "keyword") private List<LangString> keywords;

    private General() {}

    public General(LangString title, String language, LangString description, List<LangString> keywords) {
        this.title = title;
        this.language = language;
        this.description = description;
        this.keywords = List.copyOf(keywords);
    }
}
