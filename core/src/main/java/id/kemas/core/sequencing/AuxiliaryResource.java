package id.kemas.core.sequencing;

/**
 * {@code imsss:auxiliaryResource}: a resource offered alongside an activity. Part of IMS SS but
 * outside the SCORM 2004 profile: LMSs need not support it.
 */
public record AuxiliaryResource(String auxiliaryResourceId, String purpose) {

    public AuxiliaryResource {
        auxiliaryResourceId = Lexical.uri(auxiliaryResourceId, "auxiliaryResourceID");
        if (purpose == null || purpose.isBlank()) throw new IllegalArgumentException("purpose must not be empty");
    }
}
