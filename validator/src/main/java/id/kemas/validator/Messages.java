package id.kemas.validator;

import id.kemas.core.problem.MessageCatalog;

/** The validator's message catalogue, {@code Messages.properties}: every ID, severity, text and hint. */
public final class Messages {

    private static final MessageCatalog CATALOG = MessageCatalog.load(Messages.class, "Messages.properties");

    private Messages() {
    }

    public static MessageCatalog catalog() {
        return CATALOG;
    }
}
