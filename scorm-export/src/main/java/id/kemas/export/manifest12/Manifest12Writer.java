package id.kemas.export.manifest12;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a SCORM 1.2 {@code imsmanifest.xml} with JAXB: indented, UTF-8, the three namespaces on
 * the root with their schema locations. The same manifest gives the same bytes.
 */
public final class Manifest12Writer {

    /** The XML declaration of the SCORM 2004 manifests, rather than JAXB's {@code standalone="yes"}; JAXB starts the fragment on a new line. */
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    /** Two-space indents, as in the SCORM 2004 manifests (a property of the JAXB implementation kemas ships). */
    private static final String INDENT = "org.glassfish.jaxb.indentString";

    private static final class Context {
        static final JAXBContext INSTANCE = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(Manifest12.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("the SCORM 1.2 manifest classes are not a valid JAXB binding", e);
            }
        }
    }

    public byte[] write(Manifest12 manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        out.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        try {
            Marshaller m = Context.INSTANCE.createMarshaller();
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            m.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            m.setProperty(Marshaller.JAXB_SCHEMA_LOCATION, Namespaces12.SCHEMA_LOCATION);
            m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            m.setProperty(INDENT, "  ");
            m.marshal(manifest, out);
        } catch (JAXBException e) {
            throw new IllegalStateException("could not marshal the SCORM 1.2 manifest", e);
        }
        return out.toByteArray();
    }
}
