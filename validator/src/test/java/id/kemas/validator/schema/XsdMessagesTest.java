package id.kemas.validator.schema;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schema errors that the bundled SCORM schemas rarely or never produce still get their own ID and
 * plain words. The messages here are the JDK parser's English messages, with their arguments in
 * the order the parser writes them.
 */
class XsdMessagesTest {

    private static final Location AT = Location.of("imsmanifest.xml", 7, 9);

    private static Problem single(String message) {
        return XsdMessages.single(XsdMessages.parse(message, AT, "imsss:objectives", "imsss:sequencing")).problem();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "XSD-005|cvc-complex-type.2.4.e: 'imsss:objective' can occur a maximum of '2' times in the current sequence. This limit was exceeded. At this point one of '{\"http://www.imsglobal.org/xsd/imsss\":mapInfo}' is expected.|<imsss:objective> appears in <imsss:sequencing> more than the 2 time(s) allowed.",
        "XSD-005|cvc-complex-type.2.4.f: 'imsss:objective' can occur a maximum of '2' times in the current sequence. This limit was exceeded. No child element is expected at this point.|<imsss:objective> appears in <imsss:sequencing> more than the 2 time(s) allowed.",
        "XSD-006|cvc-complex-type.2.4.g: Invalid content was found starting with element 'metadata'. 'item' is expected to occur a minimum of '2' times in the current sequence. One more instance is required to satisfy this constraint.|<imsss:sequencing> needs at least 2 <item> element(s).",
        "XSD-006|cvc-complex-type.2.4.i: The content of element 'organization' is not complete. 'item' is expected to occur a minimum of '2' times. One more instance is required to satisfy this constraint.|<organization> needs at least 2 <item> element(s).",
        "XSD-010|cvc-complex-type.3.1: Value 'b' of attribute 'mode' of element 'imsss:objectives' is not valid with respect to the corresponding attribute use. Attribute 'mode' has a fixed value of 'a'.|Attribute mode on <imsss:objectives> has the value \"b\" but must be \"a\".",
        "XSD-010|cvc-attribute.4: The value 'b' of attribute 'mode' on element 'imsss:objectives' is not valid with respect to its fixed {value constraint}. The attribute must have a value of 'a'.|Attribute mode on <imsss:objectives> has the value \"b\" but must be \"a\".",
        "XSD-022|cvc-identity-constraint.4.3: Key 'objectiveKey' with value 'obj-9' not found for identity constraint of element 'imsss:sequencing'.|The value \"obj-9\" does not match any key it must refer to (in <imsss:sequencing>).",
        "XSD-023|cvc-identity-constraint.3: Field \"@id\" of identity constraint \"k\" matches more than one value within the scope of its selector; fields must match unique values.|An identity constraint of the schema fails in <imsss:objectives>.",
        "XSD-024|cvc-elt.1.a: Cannot find the declaration of element 'package'.|Element <package> is not declared by the schemas.",
        "XSD-028|cvc-elt.5.2.2.2.1: The value 'b' of element 'imsss:mode' does not match the fixed {value constraint} value 'a'.|<imsss:mode> has the value \"b\" but the schema fixes it to \"a\".",
        "XSD-030|cvc-complex-type.5.1: In element 'imsss:objectives', attribute 'a' is a Wild ID. But there is already a Wild ID 'b'. There can be only one.|<imsss:objectives> has more than one attribute of type ID.",
        "XSD-031|cvc-attribute.3: The value 'x' of attribute 'flow' on element 'imsss:controlMode' is not valid with respect to its type, 'boolean'.|Attribute flow on <imsss:controlMode> has the value \"x\", which is not valid.",
        "XSD-099|cvc-assertion.3.13.4.1: Assertion evaluation failed.|Schema rule cvc-assertion.3.13.4.1 failed: cvc-assertion.3.13.4.1: Assertion evaluation failed.",
    })
    void rareSchemaErrorsHaveTheirOwnIdAndPlainWords(String id, String parserMessage, String text) {
        Problem p = single(parserMessage);
        assertEquals(id, p.id());
        assertEquals(text, p.message());
        assertEquals(AT, p.location());
        assertTrue(!p.hint().isEmpty());
    }

    @Test
    void aValueErrorIsNamedByTheErrorThatFollowsIt() {
        var value = XsdMessages.parse("cvc-maxLength-valid: Value 'abcdef' with length = '6' is not facet-valid with respect to maxLength '4' for type 'short'.",
                AT, "imsss:objectives", "");
        var subject = XsdMessages.parse("cvc-attribute.3: The value 'abcdef' of attribute 'code' on element 'imsss:objective' is not valid with respect to its type, 'short'.",
                AT, "imsss:objectives", "");
        Problem p = XsdMessages.merged(value, subject).problem();
        assertEquals("XSD-017", p.id());
        assertEquals("Attribute code on <imsss:objective> is 6 characters long, but must be at most 4 characters.", p.message());
    }

    @Test
    void digitLimitsAreReadFromTheUnquotedNumbers() {
        var value = XsdMessages.parse("cvc-totalDigits-valid: Value '123.456' has 6 total digits, but the number of total digits has been limited to 4.",
                AT, "", "");
        var subject = XsdMessages.parse("cvc-type.3.1.3: The value '123.456' of element 'imsss:minNormalizedMeasure' is not valid.", AT, "", "");
        Problem p = XsdMessages.merged(value, subject).problem();
        assertEquals("XSD-018", p.id());
        assertEquals("<imsss:minNormalizedMeasure> has the value \"123.456\" with more than 4 digits.", p.message());
    }

    @Test
    void namespacedNamesAreShownWithTheirUsualPrefix() {
        var raw = XsdMessages.parse("cvc-complex-type.2.4.a: Invalid content was found starting with element "
                + "'{\"http://www.imsglobal.org/xsd/imsss\":objective}'. One of '{\"http://www.imsglobal.org/xsd/imsss\":primaryObjective, "
                + "\"http://www.adlnet.org/xsd/adlcp_v1p3\":data, WC[##other:\"http://www.imsglobal.org/xsd/imscp_v1p1\"]}' is expected.",
                AT, "imsss:objective", "imsss:objectives");
        assertEquals("<imsss:objective> is not allowed here in <imsss:objectives>; expected <imsss:primaryObjective>, "
                + "<adlcp:data> or an element of another namespace.", XsdMessages.single(raw).problem().message());
    }
}
