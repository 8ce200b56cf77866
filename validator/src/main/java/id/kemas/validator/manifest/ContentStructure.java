package id.kemas.validator.manifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organizations, items and resources of the outer manifest (sub-manifests are listed, not
 * entered), with look-ups by collapsed identifier. Shared by the content-aggregation, file,
 * launch-page and profile rules so that they all resolve references the same way.
 */
public final class ContentStructure {

    private final String cp;
    private final String adlcp;
    private final String scormTypeName;
    private final XmlElement root;
    private final XmlElement organizationsElement;
    private final List<XmlElement> organizations;
    private final List<XmlElement> items = new ArrayList<>();
    private final XmlElement resourcesElement;
    private final List<XmlElement> resources;
    private final Map<String, XmlElement> resourceById = new HashMap<>();
    private final List<XmlElement> subManifests;
    private final Set<String> subManifestIds = new HashSet<>();
    private Set<String> declaredIds;

    ContentStructure(Manifest manifest) {
        root = manifest.root();
        cp = manifest.cpNamespace();
        boolean scorm12 = cp.equals(Namespaces.IMSCP_12);
        adlcp = scorm12 ? Namespaces.ADLCP_12 : Namespaces.ADLCP;
        scormTypeName = scorm12 ? "scormtype" : "scormType";
        organizationsElement = root.child(cp, "organizations").orElse(null);
        organizations = organizationsElement == null ? List.of() : organizationsElement.children(cp, "organization");
        for (XmlElement org : organizations) collectItems(org);
        resourcesElement = root.child(cp, "resources").orElse(null);
        resources = resourcesElement == null ? List.of() : resourcesElement.children(cp, "resource");
        for (XmlElement r : resources) resourceById.putIfAbsent(identifier(r), r);
        subManifests = root.children(cp, "manifest");
        for (XmlElement sub : subManifests) {
            sub.descendantsAndSelf().forEach(e -> e.attr("identifier").ifPresent(id -> subManifestIds.add(Ids.collapse(id))));
        }
    }

    private void collectItems(XmlElement parent) {
        for (XmlElement item : parent.children(cp, "item")) {
            items.add(item);
            collectItems(item);
        }
    }

    /** The IMS CP namespace these elements are in. */
    public String cp() {
        return cp;
    }

    public XmlElement root() {
        return root;
    }

    public Optional<XmlElement> organizationsElement() {
        return Optional.ofNullable(organizationsElement);
    }

    public List<XmlElement> organizations() {
        return organizations;
    }

    /** The organization named by {@code organizations/@default}, among its direct children. */
    public Optional<XmlElement> defaultOrganization() {
        if (organizationsElement == null) return Optional.empty();
        Optional<String> def = organizationsElement.attr("default").map(Ids::collapse);
        if (def.isEmpty()) return Optional.empty();
        return organizations.stream().filter(o -> identifier(o).equals(def.get())).findFirst();
    }

    /** Every item of every organization, in document order. */
    public List<XmlElement> items() {
        return Collections.unmodifiableList(items);
    }

    /** The items directly inside an organization or item. */
    public List<XmlElement> childItems(XmlElement parent) {
        return parent.children(cp, "item");
    }

    public boolean isLeaf(XmlElement item) {
        return childItems(item).isEmpty();
    }

    public Optional<XmlElement> resourcesElement() {
        return Optional.ofNullable(resourcesElement);
    }

    public List<XmlElement> resources() {
        return resources;
    }

    public Optional<XmlElement> resource(String identifier) {
        return Optional.ofNullable(resourceById.get(Ids.collapse(identifier)));
    }

    /** The resource an item launches, through its {@code identifierref}. */
    public Optional<XmlElement> launched(XmlElement item) {
        return item.attr("identifierref").flatMap(this::resource);
    }

    /** {@code adlcp:scormType} (SCORM 1.2: {@code adlcp:scormtype}) as written, trimmed. */
    public Optional<String> scormType(XmlElement resource) {
        return resource.attr(adlcp, scormTypeName).map(String::strip);
    }

    public String scormTypeAttributeName() {
        return "adlcp:" + scormTypeName;
    }

    public boolean isSco(XmlElement resource) {
        return scormType(resource).map(t -> t.equalsIgnoreCase("sco")).orElse(false);
    }

    /** Items that launch something: leaves whose {@code identifierref} resolves. */
    public List<XmlElement> launchingItems() {
        return items.stream().filter(i -> isLeaf(i) && launched(i).isPresent()).toList();
    }

    /** The {@code xml:base} values that apply to a resource's paths, joined as the specification joins them. */
    public String xmlBase(XmlElement resource) {
        return base(root) + (resourcesElement == null ? "" : base(resourcesElement)) + base(resource);
    }

    private static String base(XmlElement e) {
        return e.attr(Namespaces.XML, "base").map(String::strip).orElse("");
    }

    public List<XmlElement> subManifests() {
        return subManifests;
    }

    /** Whether an identifier names something inside a sub-manifest. */
    public boolean inSubManifest(String identifier) {
        return subManifestIds.contains(Ids.collapse(identifier));
    }

    /** Whether any element declares {@code id} as its identifier or sequencing ID (collapsed comparison). */
    public synchronized boolean declares(String id) {
        if (declaredIds == null) {
            declaredIds = new HashSet<>();
            root.descendantsAndSelf().forEach(e -> {
                e.attr("identifier").ifPresent(v -> declaredIds.add(Ids.collapse(v)));
                e.attr("ID").ifPresent(v -> declaredIds.add(Ids.collapse(v)));
            });
        }
        return declaredIds.contains(Ids.collapse(id));
    }

    /** {@code @identifier}, collapsed. */
    public static String identifier(XmlElement e) {
        return Ids.collapse(e.attr("identifier").orElse(""));
    }
}
