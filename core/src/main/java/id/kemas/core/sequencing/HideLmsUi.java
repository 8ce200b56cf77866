package id.kemas.core.sequencing;

/** {@code adlnav:hideLMSUI}: a navigation control of the LMS that an item asks to hide. */
public enum HideLmsUi implements Token {
    ABANDON("abandon"),
    CONTINUE("continue"),
    EXIT("exit"),
    PREVIOUS("previous"),
    SUSPEND_ALL("suspendAll"),
    EXIT_ALL("exitAll"),
    ABANDON_ALL("abandonAll");

    private final String xml;

    HideLmsUi(String xml) {
        this.xml = xml;
    }

    @Override
    public String xml() {
        return xml;
    }
}
