package id.kemas.export.target;

import java.util.Map;

/**
 * A sequencing or tracking behaviour of a course, and who enforces it on each target: the rows of
 * the support matrix in {@code docs/targets.md}.
 */
public enum Behaviour {
    FREE_CHOICE("free choice (`navigation: free-choice`)",
            "the LMS's menu and its continue/previous", "the home menu, Next and Previous",
            Enforcement.LMS, Enforcement.CONTENT),
    FORCED_ORDER("forced order (`navigation: forced-sequential`)",
            "`disabled` pre-condition rules on 4th Edition global objectives",
            "each part locked in the menu until the one before is completed, with the reason",
            Enforcement.LMS, Enforcement.CONTENT),
    LINEAR("linear, no menu (`navigation: linear-strict`)", "`choice=\"false\" forwardOnly=\"true\"`",
            "only the next part opens; Previous stops at the part's first page",
            Enforcement.LMS, Enforcement.CONTENT),
    GATES("locked until completed (`gated-by`)", "`disabled` pre-condition rules on global objectives",
            "locked in the menu with the reason (\"Selesaikan Materi 1–8 terlebih dahulu.\")",
            Enforcement.LMS, Enforcement.CONTENT),
    ATTEMPTS("attempt limits (`attempts`)", "`attemptLimit`, `retry` and `exitAll` post-condition rules",
            "finished quiz attempts are counted; Try again only while attempts remain; then locked",
            Enforcement.LMS, Enforcement.CONTENT),
    REMEDIATION("remediation (`remediation`)", "`exitParent`, cluster `retry` and `skip` rules",
            "a failed test is locked until its remediation is studied again; Next leads there and back",
            Enforcement.LMS, Enforcement.CONTENT),
    TEST_OUT("pre-test test-out (`test-out`)", "`skip` rules and `rollupConsiderations ifNotSkipped`",
            "a passed pre-test marks what it names as no longer required; Next passes over it",
            Enforcement.LMS, Enforcement.CONTENT),
    RANDOM_BANK("random test bank (`random-bank`)", "`randomizationControls selectCount`",
            "the draw is made once and kept in the suspend data; only drawn tests show and count",
            Enforcement.LMS, Enforcement.CONTENT),
    QUESTION_DRAW("random questions (a quiz's `select`, `shuffle`)", "the SCO", "the material's quiz",
            Enforcement.CONTENT, Enforcement.CONTENT),
    RESULT_FROM("result from one test (`result-from`)", "rollup (`rollupObjectiveSatisfied`, weights)",
            "the same rollup, evaluated by the content", Enforcement.LMS, Enforcement.CONTENT),
    OPTIONAL("optional parts (`optional`)", "rollup (`rollupObjectiveSatisfied`, `rollupProgressCompletion`, weight 0)",
            "the same rollup, evaluated by the content", Enforcement.LMS, Enforcement.CONTENT),
    PASS_MARK("pass mark (a quiz's `passing-score`)", "`satisfiedByMeasure`, and the SCO", "the material's quiz",
            Enforcement.LMS, Enforcement.CONTENT),
    HIDE_LMS_UI("hide the LMS's navigation (`hide-lms-ui`)", "`adlnav:hideLMSUI`",
            "one SCO: the LMS has nothing to navigate between", Enforcement.LMS, Enforcement.NOT_NEEDED),
    RAW_RULES("raw sequencing rules (`raw: sequencingRules`)", "written as given",
            "warning RUL-001 at build time (raw rollup, limits and randomization are honoured)",
            Enforcement.LMS, Enforcement.NOT_ENFORCED),
    RESUME("resume where the learner left", "each SCO's `cmi.location` and `cmi.suspend_data`",
            "one `cmi.suspend_data` for the course: material, page, answers, statuses, attempts",
            Enforcement.LMS, Enforcement.CONTENT);

    private final String name;
    private final String multiSco;
    private final String singleSco;
    private final Enforcement byMultiSco;
    private final Enforcement bySingleSco;

    Behaviour(String name, String multiSco, String singleSco, Enforcement byMultiSco, Enforcement bySingleSco) {
        this.name = name;
        this.multiSco = multiSco;
        this.singleSco = singleSco;
        this.byMultiSco = byMultiSco;
        this.bySingleSco = bySingleSco;
    }

    /** The behaviour as authors know it (Markdown). */
    public String title() {
        return name;
    }

    public Enforcement enforcedBy(Target target) {
        return target.singleSco() ? bySingleSco : byMultiSco;
    }

    /** How the target does it (Markdown). */
    public String how(Target target) {
        return target.singleSco() ? singleSco : multiSco;
    }

    /** Every behaviour's enforcement by every target, for tests and tools. */
    public static Map<Behaviour, Map<Target, Enforcement>> matrix() {
        Map<Behaviour, Map<Target, Enforcement>> m = new java.util.EnumMap<>(Behaviour.class);
        for (Behaviour b : values()) {
            Map<Target, Enforcement> row = new java.util.EnumMap<>(Target.class);
            for (Target t : Target.values()) row.put(t, b.enforcedBy(t));
            m.put(b, row);
        }
        return m;
    }
}
