package id.kemas.core.sequencing;

/** {@code adlcp:timeLimitAction}: what the SCO should do when its time allowed is used up. */
public enum TimeLimitAction implements Token {
    EXIT_MESSAGE("exit,message"),
    EXIT_NO_MESSAGE("exit,no message"),
    CONTINUE_MESSAGE("continue,message"),
    CONTINUE_NO_MESSAGE("continue,no message");

    private final String xml;

    TimeLimitAction(String xml) {
        this.xml = xml;
    }

    @Override
    public String xml() {
        return xml;
    }
}
