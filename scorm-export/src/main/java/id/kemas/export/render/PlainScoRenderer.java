package id.kemas.export.render;

import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.problem.Problems;
import id.kemas.export.pkg.PackageEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * A plain launch page per leaf: the leaf's title and each page with its heading, in order, styled
 * by one shared stylesheet. No runtime script; pages that talk to the LMS are another renderer's job.
 * A course theme may replace {@code kemas.css}; its other files are shared assets under {@code kemas/}.
 */
public final class PlainScoRenderer implements ScoRenderer {

    public static final String STYLESHEET = "kemas/kemas.css";

    private static final String TEMPLATE = "id/kemas/export/render/plain/launch.vm";
    private static final String DEFAULT_CSS = "/id/kemas/export/render/plain/kemas.css";
    private static final String THEME = "theme/";

    /** Velocity is slow to start and thread-safe once started: one engine, made on first use. */
    private static final class Engine {
        static final Template LAUNCH = start().getTemplate(TEMPLATE, StandardCharsets.UTF_8.name());

        private static VelocityEngine start() {
            Properties p = new Properties();
            p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
            p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
            p.setProperty("resource.loader.classpath.cache", "true");
            p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
            p.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
            VelocityEngine engine = new VelocityEngine(p);
            engine.init();
            return engine;
        }
    }

    @Override
    public List<PackageEntry> renderLeaf(Course course, Leaf leaf, Problems problems) {
        VelocityContext context = new VelocityContext();
        context.put("html", new Escaper());
        context.put("course", course);
        context.put("leaf", leaf);
        context.put("stylesheet", STYLESHEET);
        StringWriter out = new StringWriter(8 * 1024);
        Engine.LAUNCH.merge(context, out);
        return List.of(new PackageEntry.Bytes(ScoRenderer.launchPath(leaf), out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public List<PackageEntry> sharedFiles(Course course, Path courseRoot, Problems problems) {
        List<PackageEntry> out = new ArrayList<>();
        boolean themedCss = false;
        for (String file : course.themeFiles()) {
            if (!file.startsWith(THEME) || file.endsWith(".vm")) continue;
            String inTheme = file.substring(THEME.length());
            themedCss |= inTheme.equals("kemas.css");
            out.add(new PackageEntry.OnDisk("kemas/" + inTheme, courseRoot.resolve(file)));
        }
        if (!themedCss) out.add(new PackageEntry.Bytes(STYLESHEET, defaultStylesheet()));
        return out;
    }

    /** Escapes text for HTML; handed to the template as {@code $html}. */
    public static final class Escaper {

        /** Text between tags. */
        public String text(Object value) {
            return escape(String.valueOf(value), false);
        }

        /** An attribute value in double quotes. */
        public String attr(Object value) {
            return escape(String.valueOf(value), true);
        }

        private static String escape(String s, boolean attribute) {
            StringBuilder out = new StringBuilder(s.length() + 16);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }

    private static byte[] defaultStylesheet() {
        try (InputStream in = PlainScoRenderer.class.getResourceAsStream(DEFAULT_CSS)) {
            if (in == null) throw new IllegalStateException("missing " + DEFAULT_CSS);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
