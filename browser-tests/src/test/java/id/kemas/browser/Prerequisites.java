package id.kemas.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the browser tests need from the machine. Missing pieces fail the tests with a message that
 * says what to install; the tests never skip themselves.
 */
public final class Prerequisites {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Prerequisites() {}

    /** The browser-tests folder (where package.json and node_modules are). */
    static Path browserTestsDir() {
        String p = System.getProperty("kemas.browserTests");
        return p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    }

    /** The repository root (samples/ is there). */
    public static Path repository() {
        String p = System.getProperty("kemas.repository");
        return p != null ? Path.of(p).normalize() : browserTestsDir().getParent();
    }

    public static Path nodeModules() {
        return browserTestsDir().resolve("node_modules");
    }

    static void check() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) missing.add(CHROMIUM + " (Debian package chromium)");
        if (!Files.isExecutable(CHROMEDRIVER)) missing.add(CHROMEDRIVER + " (Debian package chromium-driver)");
        if (!Files.isRegularFile(nodeModules().resolve("scorm-again/dist/scorm2004.js"))) {
            missing.add(nodeModules().resolve("scorm-again") + " (npm devDependency scorm-again)");
        }
        if (!Files.isRegularFile(nodeModules().resolve("axe-core/axe.min.js"))) {
            missing.add(nodeModules().resolve("axe-core") + " (npm devDependency axe-core)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The browser tests cannot run; missing:\n  " + String.join("\n  ", missing)
                    + "\nInstall them with:\n  apt-get install -y chromium chromium-driver\n  npm ci --prefix browser-tests");
        }
    }
}
