package id.kemas.core.rules;

import id.kemas.core.problem.MessageCatalog;

/** The message catalogue of the rule table (RUL- IDs). */
public final class RulesMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.load(RulesMessages.class, "Messages.properties");

    /** Raw sequencing rules, which the content does not evaluate. */
    public static final String RAW_RULES_IGNORED = "RUL-001";

    private RulesMessages() {}
}
