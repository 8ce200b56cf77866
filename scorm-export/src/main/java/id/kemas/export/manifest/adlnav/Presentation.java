package id.kemas.export.manifest.adlnav;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import java.util.ArrayList;
import java.util.List;

/** {@code adlnav:presentation}: which of the LMS's own navigation controls to hide for an item. */
public final class Presentation {

    @XmlElementWrapper(name = "navigationInterface")
    @XmlElement(name = "hideLMSUI")
    private List<HideLmsUi> hidden = new ArrayList<>();

    public Presentation hide(HideLmsUi control) {
        hidden.add(control);
        return this;
    }

    public List<HideLmsUi> hidden() {
        return hidden;
    }
}
