package id.kemas.core.sequencing;

import id.kemas.core.problem.MessageCatalog;

/** The message catalogue of sequencing (SEQ- IDs from 100 up). */
public final class SequencingMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.load(SequencingMessages.class, "Messages.properties");

    private SequencingMessages() {}
}
