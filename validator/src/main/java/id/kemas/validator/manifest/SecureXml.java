package id.kemas.validator.manifest;

import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.StringReader;

/**
 * XML readers for untrusted files: namespace-aware, no DTD, no external entity, no network.
 * A document type declaration is refused the moment the parser meets it, before any entity in it
 * is declared, so XXE and entity-expansion ("billion laughs") documents are reported and never
 * expanded.
 */
public final class SecureXml {

    /** Thrown from the parser when the document declares a DOCTYPE. */
    public static final class DoctypeRefused extends SAXParseException {
        public DoctypeRefused(Locator at) {
            super("DOCTYPE declarations are not allowed", at);
        }
    }

    /** Xerces' property for the language of its messages; English keeps reports stable. */
    public static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

    private SecureXml() {
    }

    /** A new reader; the caller sets content and error handlers. */
    public static XMLReader newReader() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader r = f.newSAXParser().getXMLReader();
            DoctypeGuard guard = new DoctypeGuard();
            r.setProperty("http://xml.org/sax/properties/lexical-handler", guard);
            r.setEntityResolver(guard);
            try {
                r.setProperty(LOCALE_PROPERTY, java.util.Locale.ROOT);
            } catch (SAXException ignored) {
                // messages then come in the JVM's language
            }
            return new GuardedReader(r, guard);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    /** Refuses DOCTYPEs and resolves every entity to nothing. */
    static final class DoctypeGuard extends DefaultHandler2 {
        private Locator locator;

        @Override
        public void setDocumentLocator(Locator l) {
            locator = l;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new DoctypeRefused(locator);
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
            return new InputSource(new StringReader(""));
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader(""));
        }
    }
}
