package id.kemas.core.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The model takes every default from the schemas: this reads the SCORM 2004 4th Edition XSDs bundled
 * with the validator and checks, element by element, that the model has exactly the schema's
 * attributes and that each default equals the schema's {@code default=}; and that every vocabulary
 * has exactly the schema's values, in the schema's order.
 */
class SchemaDefaultsTest {

    private static final Path SCHEMAS = Path.of("../validator/src/main/resources/id/kemas/validator/schemas/scorm2004");
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @Test
    void flowIsOffByDefaultAsTheSchemaSays() throws Exception {
        assertEquals("false", attributes(complexType("imsss_v1p0control.xsd", "controlModeType")).get("flow").orElseThrow());
        assertFalse(ControlMode.DEFAULT.flow());
        assertFalse(SequencingDefinition.DEFAULT.controlMode().flow());
    }

    @Test
    void imsssElementsHaveTheSchemasAttributesAndDefaults() throws Exception {
        check(ControlMode.SPEC, complexType("imsss_v1p0control.xsd", "controlModeType"));
        check(DeliveryControls.SPEC, complexType("imsss_v1p0delivery.xsd", "deliveryControlsType"));
        check(RandomizationControls.SPEC, complexType("imsss_v1p0random.xsd", "randomizationType"));
        check(LimitConditions.SPEC, complexType("imsss_v1p0limit.xsd", "limitConditionsType"));
        check(RollupRules.SPEC, complexType("imsss_v1p0rollup.xsd", "rollupRulesType"));
        check(RollupRule.SPEC, complexType("imsss_v1p0rollup.xsd", "rollupRuleType"));
        check(RollupRule.CONDITIONS_SPEC, elementType("imsss_v1p0rollup.xsd", "rollupConditions"));
        check(RollupCondition.SPEC, elementType("imsss_v1p0rollup.xsd", "rollupCondition"));
        check(SequencingRule.CONDITIONS_SPEC, elementType("imsss_v1p0seqrule.xsd", "ruleConditions"));
        check(RuleCondition.SPEC, elementType("imsss_v1p0seqrule.xsd", "ruleCondition"));
        check(ObjectiveMap.SPEC, complexType("imsss_v1p0objective.xsd", "objectiveMappingType"));
        Element objective = complexType("imsss_v1p0objective.xsd", "objectiveType");
        Element primary = elementType("imsss_v1p0objective.xsd", "primaryObjective");
        Map<String, Optional<String>> objectiveAttributes = attributes(objective);
        objectiveAttributes.putAll(attributes(primary));
        check(Objective.SPEC, objectiveAttributes);
    }

    @Test
    void theMinimumMeasureElementDefaultsToOne() throws Exception {
        Element min = child(complexType("imsss_v1p0objective.xsd", "objectiveType"), "minNormalizedMeasure");
        assertEquals(0, new BigDecimal(min.getAttribute("default")).compareTo(Objective.PRIMARY.minNormalizedMeasure()));
        assertEquals(new BigDecimal(min.getAttribute("default")).stripTrailingZeros().toPlainString(),
                Objective.MIN_NORMALIZED_MEASURE.print(Objective.PRIMARY).orElseThrow());
    }

    @Test
    void adlExtensionsHaveTheSchemasAttributesAndDefaults() throws Exception {
        check(RollupConsiderations.SPEC, complexType("adlseq_v1p3.xsd", "rollupConsiderationsType"));
        check(ConstrainedChoiceConsiderations.SPEC, complexType("adlseq_v1p3.xsd", "constrainChoiceConsiderationsType"));
        check(AdlObjectiveMap.SPEC, complexType("adlseq_v1p3.xsd", "mapInfoType"));
        check(CompletionThreshold.SPEC, complexType("adlcp_v1p3.xsd", "completionThresholdType"));
        check(SharedDataMap.SPEC, complexType("adlcp_v1p3.xsd", "mapType"));
        assertEquals(Boolean.parseBoolean(globalAttribute("adlseq_v1p3.xsd", "objectivesGlobalToSystem")),
                ItemSettings.DEFAULT.objectivesGlobalToSystem());
        assertEquals(Boolean.parseBoolean(globalAttribute("adlcp_v1p3.xsd", "sharedDataGlobalToSystem")),
                ItemSettings.DEFAULT.sharedDataGlobalToSystem());
    }

    @Test
    void vocabulariesHaveTheSchemasValuesInOrder() throws Exception {
        vocabulary(ConditionCombination.class, "imsss_v1p0util.xsd", "conditionCombinationType");
        vocabulary(ConditionOperator.class, "imsss_v1p0util.xsd", "conditionOperatorType");
        vocabulary(RollupConditionType.class, "imsss_v1p0util.xsd", "rollupRuleConditionType");
        vocabulary(ChildActivitySet.class, "imsss_v1p0util.xsd", "childActivityType");
        vocabulary(RollupAction.class, "imsss_v1p0util.xsd", "rollupActionType");
        vocabulary(RuleConditionType.class, "imsss_v1p0util.xsd", "sequencingRuleConditionType");
        vocabulary(RandomizationTiming.class, "imsss_v1p0util.xsd", "randomTimingType");
        vocabulary(RollupConsideration.class, "adlseq_v1p3.xsd", "rollupConsiderationType");
        vocabulary(HideLmsUi.class, "adlnav_v1p3.xsd", "hideLMSUIType");
        vocabulary(TimeLimitAction.class, "adlcp_v1p3.xsd", "timeLimitActionType");
        for (RuleType type : RuleType.values()) {
            String simpleType = switch (type) {
                case PRE -> "preConditionRuleActionType";
                case EXIT -> "exitConditionRuleActionType";
                case POST -> "postConditionRuleActionType";
            };
            assertEquals(enumeration("imsss_v1p0seqrule.xsd", simpleType),
                    RuleAction.allowedIn(type).stream().map(RuleAction::xml).toList(), "actions of " + type.xml());
        }
    }

    // ---- comparing ------------------------------------------------------------------------------

    private static <R> void check(ElementSpec<R> spec, Element type) {
        check(spec, attributes(type));
    }

    /** Same attribute names; each schema default equals the model's; no default means no value. */
    private static <R> void check(ElementSpec<R> spec, Map<String, Optional<String>> schema) {
        assertEquals(new TreeSet<>(schema.keySet()), new TreeSet<>(spec.attributeNames()), "attributes of " + spec.qualifiedName());
        for (Attribute<R> a : spec.attributes()) {
            Optional<String> model = a.print(spec.defaults());
            Optional<String> xsd = schema.get(a.name());
            String what = spec.qualifiedName() + "/@" + a.name();
            if (xsd.isPresent()) {
                assertTrue(model.isPresent(), what + " has the default " + xsd.get());
                assertTrue(sameValue(xsd.get(), model.get()), what + ": schema " + xsd.get() + ", model " + model.get());
            } else if (!REQUIRED.contains(what)) {
                assertTrue(model.isEmpty(), what + " has no default in the schema, the model has " + model);
            }
        }
    }

    /** Attributes the schema requires: the spec's placeholder value is not a default. */
    private static final List<String> REQUIRED = List.of("imsss:ruleCondition/@condition", "imsss:rollupCondition/@condition",
            "imsss:mapInfo/@targetObjectiveID", "adlseq:mapInfo/@targetObjectiveID", "adlcp:map/@targetID");

    private static boolean sameValue(String schema, String model) {
        if (schema.equals(model)) return true;
        try {
            return new BigDecimal(schema).compareTo(new BigDecimal(model)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static <E extends Enum<E> & Token> void vocabulary(Class<E> type, String file, String simpleType) throws Exception {
        assertEquals(enumeration(file, simpleType), Token.spellings(type), type.getSimpleName());
    }

    // ---- reading the XSDs -------------------------------------------------------------------------

    private static Document schema(String file) throws Exception {
        Path p = SCHEMAS.resolve(file);
        assertTrue(Files.isRegularFile(p), "bundled schema " + p.toAbsolutePath());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(p.toFile());
    }

    private static Element complexType(String file, String name) throws Exception {
        return named(schema(file).getElementsByTagNameNS(XS, "complexType"), name);
    }

    /** The anonymous complex type of the element declared as {@code name}. */
    private static Element elementType(String file, String name) throws Exception {
        return child(named(schema(file).getElementsByTagNameNS(XS, "element"), name), "complexType");
    }

    private static String globalAttribute(String file, String name) throws Exception {
        for (Element a : children(schema(file).getDocumentElement(), "attribute")) {
            if (a.getAttribute("name").equals(name)) return a.getAttribute("default");
        }
        throw new AssertionError("no attribute " + name + " in " + file);
    }

    private static List<String> enumeration(String file, String simpleType) throws Exception {
        Element restriction = child(named(schema(file).getElementsByTagNameNS(XS, "simpleType"), simpleType), "restriction");
        return children(restriction, "enumeration").stream().map(e -> e.getAttribute("value")).toList();
    }

    /** Attributes declared on the type itself or in its complexContent/simpleContent extension. */
    private static Map<String, Optional<String>> attributes(Element type) {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        List<Element> holders = new ArrayList<>(List.of(type));
        for (String content : List.of("complexContent", "simpleContent")) {
            for (Element c : children(type, content)) holders.addAll(children(c, "extension"));
        }
        for (Element h : holders) {
            for (Element a : children(h, "attribute")) {
                out.put(a.getAttribute("name"), a.hasAttribute("default") ? Optional.of(a.getAttribute("default")) : Optional.empty());
            }
        }
        return out;
    }

    private static Element named(NodeList list, String name) {
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (name.equals(e.getAttribute("name"))) return e;
        }
        throw new AssertionError("no declaration named " + name);
    }

    private static Element child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst()
                .orElseGet(() -> children(child(parent, "sequence"), "element").stream()
                        .filter(e -> e.getAttribute("name").equals(localName)).findFirst()
                        .orElseThrow(() -> new AssertionError("no " + localName + " in " + parent.getAttribute("name"))));
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI()) && e.getLocalName().equals(localName)) out.add(e);
        }
        return out;
    }
}
