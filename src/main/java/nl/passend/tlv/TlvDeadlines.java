package nl.passend.tlv;

/**
 * The steps of the TLV process that appear on worklists, with their terms. The decision term is the
 * law (Awb 4:13: eight weeks when no statutory term applies; suspended while the school supplements,
 * Awb 4:15); the other terms are SWV policy, set here until they become tenant configuration.
 */
final class TlvDeadlines {

    static final String SUBJECT = "tlv-aanvraag";
    static final String SUBJECT_TLV = "tlv";
    static final String COMPLEETHEID = "TLV_COMPLEETHEID";
    static final String AANVULLING = "TLV_AANVULLING";
    static final String ADVIES = "TLV_ADVIES";
    static final String BESLUIT = "TLV_BESLUIT";
    static final String HERBEOORDELING = "TLV_HERBEOORDELING";

    /** Policy: the medewerker checks completeness within two weeks. */
    static final int COMPLEETHEID_DAYS = 14;
    /** Policy: the school supplies missing information within two weeks. */
    static final int AANVULLING_DAYS = 14;
    /** Policy: a deskundige advises within three weeks of the assignment. */
    static final int ADVIES_DAYS = 21;

    private TlvDeadlines() {
    }
}
