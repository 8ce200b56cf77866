package id.kemas.export.manifest.adlcp;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code adlcp:data}: the shared data buckets ({@code adl.data}) a SCO may read or write. */
public final class Data {

    @XmlElement(name = "map", required = true)
    private final List<DataMap> maps = new ArrayList<>();

    public Data add(DataMap map) {
        maps.add(map);
        return this;
    }
}
