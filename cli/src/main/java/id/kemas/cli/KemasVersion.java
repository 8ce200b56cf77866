package id.kemas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code kemas --version}: the version Maven wrote into the jar. */
public final class KemasVersion implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = KemasVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        }
        return new String[] {
                "kemas " + p.getProperty("version", "unknown"),
                "SCORM 2004 4th Edition packages; Java " + Runtime.version()};
    }
}
