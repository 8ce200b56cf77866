package id.kemas.export.manifest;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A plain element tree, captured from JAXB's SAX events so that the printer can see the whole
 * document (which namespaces it uses) before writing its root element.
 */
final class XmlElement {

    record Attribute(String namespace, String localName, String value) {}

    final String namespace;
    final String localName;
    final List<Attribute> attributes = new ArrayList<>();
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    private XmlElement(String namespace, String localName) {
        this.namespace = namespace;
        this.localName = localName;
    }

    /** Receives the events of one marshalled document; {@link #root()} is the result. */
    static final class Collector extends DefaultHandler {
        private final List<XmlElement> open = new ArrayList<>();
        private XmlElement root;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            XmlElement element = new XmlElement(uri == null ? "" : uri, localName);
            for (int i = 0; i < atts.getLength(); i++) {
                String q = atts.getQName(i);
                if (q.equals("xmlns") || q.startsWith("xmlns:")) continue;
                String ns = atts.getURI(i) == null ? "" : atts.getURI(i);
                element.attributes.add(new Attribute(ns, atts.getLocalName(i), atts.getValue(i)));
            }
            if (open.isEmpty()) root = element;
            else open.get(open.size() - 1).children.add(element);
            open.add(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.remove(open.size() - 1);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            open.get(open.size() - 1).text.append(ch, start, length);
        }

        XmlElement root() {
            return root;
        }
    }
}
