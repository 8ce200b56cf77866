package id.kemas.export.render.course;

import id.kemas.core.rules.CourseRules;
import id.kemas.core.rules.RuleNode;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.export.render.suspend.SuspendLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * What the course suspend-data encoding depends on: the materials (each with the layout of its own
 * suspend data) and the random banks. The runtime script receives the same numbers.
 *
 * @param signature a short fingerprint of the materials and banks; data written for another course
 *                  shape is ignored
 * @param materials the suspend layout of each material, in material order
 * @param banks     for each random-bank cluster, in course order: how many children it has and how
 *                  many each attempt draws
 */
public record CourseSuspendLayout(String signature, List<String> ids, List<SuspendLayout> materials, List<Bank> banks) {

    /** A random bank: {@code children} interchangeable activities of which {@code drawn} are used. */
    public record Bank(int children, int drawn) {}

    public CourseSuspendLayout {
        Objects.requireNonNull(signature);
        ids = List.copyOf(ids);
        materials = List.copyOf(materials);
        banks = List.copyOf(banks);
        if (ids.size() != materials.size()) throw new IllegalArgumentException("one id per material");
    }

    public static CourseSuspendLayout of(Course course, CourseRules rules) {
        List<String> ids = new ArrayList<>();
        List<SuspendLayout> layouts = new ArrayList<>();
        for (Leaf leaf : course.leaves()) {
            ids.add(leaf.id());
            layouts.add(SuspendLayout.of(leaf));
        }
        List<Bank> banks = new ArrayList<>();
        for (RuleNode n : rules.nodes()) {
            if (n.select().isPresent()) banks.add(new Bank(n.children().size(), Math.min(n.select().getAsInt(), n.children().size())));
        }
        return new CourseSuspendLayout(signatureOf(ids, banks), ids, layouts, banks);
    }

    /** The layout as the runtime script reads it. */
    public Map<String, Object> toRuntimeMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signature", signature);
        List<Object> banksOut = new ArrayList<>();
        for (Bank b : banks) banksOut.add(Map.of("children", b.children(), "drawn", b.drawn()));
        m.put("banks", banksOut);
        return m;
    }

    /**
     * Four base-36 characters from the material ids in order and the banks' sizes. A material's own
     * data carries its own signature, so editing one material resets only that material's place.
     */
    private static String signatureOf(List<String> ids, List<Bank> banks) {
        StringBuilder s = new StringBuilder("materials=").append(String.join(",", ids)).append(";banks=");
        for (Bank b : banks) s.append(b.children()).append('/').append(b.drawn()).append(',');
        CRC32 crc = new CRC32();
        crc.update(s.toString().getBytes(StandardCharsets.UTF_8));
        String base36 = Long.toString(crc.getValue() % (36L * 36 * 36 * 36), 36);
        return "0".repeat(4 - base36.length()) + base36;
    }
}
