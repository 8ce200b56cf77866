package id.kemas.validator.schema;

import id.kemas.validator.manifest.Namespaces;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Passes SAX events on to the schema validator while remembering which element is open, so that
 * a schema error can name the element it is about and that element's parent. An element stays on
 * the stack until the validator has seen its end tag, where "incomplete content" is reported.
 */
final class ElementTracker extends XMLFilterImpl {

    private final Deque<String> open = new ArrayDeque<>();

    ElementTracker(XMLReader parent) {
        super(parent);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        open.push(Namespaces.display(uri, local));
        super.startElement(uri, local, qName, atts);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        super.endElement(uri, local, qName);
        open.pop();
    }

    /** The innermost open element, or empty at document level. */
    String current() {
        return open.isEmpty() ? "" : open.peek();
    }

    /** The parent of the innermost open element, or empty. */
    String parent() {
        if (open.size() < 2) return "";
        var it = open.iterator();
        it.next();
        return it.next();
    }
}
