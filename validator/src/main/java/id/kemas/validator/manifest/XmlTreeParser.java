package id.kemas.validator.manifest;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses an untrusted XML file into an {@link XmlElement} tree with {@link SecureXml}, reporting
 * a DOCTYPE (MAN-003), a well-formedness error (MAN-002) or excessive nesting (MAN-021), each with
 * its line and column.
 */
public final class XmlTreeParser {

    /** Deeper than any real manifest; keeps recursive rules safe from hostile nesting. */
    static final int MAX_DEPTH = 200;

    private XmlTreeParser() {
    }

    /** The root element, or empty after a fatal problem reported against {@code file}. */
    public static Optional<XmlElement> parse(byte[] bytes, String file, Problems problems) {
        Builder builder = new Builder(file);
        XMLReader reader = SecureXml.newReader();
        reader.setContentHandler(builder);
        reader.setErrorHandler(builder);
        InputSource source = new InputSource(new ByteArrayInputStream(bytes));
        source.setSystemId(file);
        try {
            reader.parse(source);
            return Optional.ofNullable(builder.root);
        } catch (SecureXml.DoctypeRefused e) {
            problems.report("MAN-003", at(file, e), file);
        } catch (TooDeep e) {
            problems.report("MAN-021", at(file, e), MAX_DEPTH);
        } catch (SAXParseException e) {
            problems.report("MAN-002", at(file, e), clean(e.getMessage()));
        } catch (SAXException | IOException e) {
            problems.report("MAN-002", Location.of(file), clean(e.getMessage()));
        }
        return Optional.empty();
    }

    private static Location at(String file, SAXParseException e) {
        return Location.of(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0));
    }

    private static String clean(String message) {
        return message == null ? "unreadable XML" : message.strip();
    }

    private static final class TooDeep extends SAXParseException {
        TooDeep(Locator at) {
            super("elements nested too deeply", at);
        }
    }

    private static final class Builder extends DefaultHandler {
        private final String file;
        private Locator locator;
        private XmlElement root;
        private XmlElement current;
        private int depth;

        Builder(String file) {
            this.file = file;
        }

        @Override
        public void setDocumentLocator(Locator l) {
            locator = l;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if (++depth > MAX_DEPTH) throw new TooDeep(locator);
            List<XmlElement.Attribute> list = new ArrayList<>(atts.getLength());
            for (int i = 0; i < atts.getLength(); i++) {
                list.add(new XmlElement.Attribute(atts.getURI(i), atts.getLocalName(i), atts.getQName(i), atts.getValue(i)));
            }
            Location where = locator == null ? Location.of(file)
                    : Location.of(file, locator.getLineNumber(), locator.getColumnNumber());
            XmlElement e = new XmlElement(current, uri, local, qName, list, where);
            if (root == null) root = e;
            current = e;
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            depth--;
            current = current.parent().orElse(null);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current != null) current.appendText(ch, start, length);
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
