package nl.passend.arrangement;

/**
 * The steps of the aanvraag and arrangement that appear on worklists, with their terms. These terms are
 * SWV policy (no statutory term applies to extra ondersteuning), set here until they become tenant
 * configuration.
 */
final class ArrangementDeadlines {

    static final String SUBJECT = "ondersteuningsaanvraag";
    static final String SUBJECT_EVALUATIE = "arrangement-evaluatie";
    static final String FIAT = "ARR_FIAT";
    static final String INTAKE = "ARR_INTAKE";
    static final String INFORMATIE = "ARR_INFORMATIE";
    static final String MDO = "ARR_MDO";
    static final String BESLUIT = "ARR_BESLUIT";
    static final String HERVATTEN = "ARR_HERVATTEN";
    static final String EVALUATIE = "ARR_EVALUATIE";

    /** Policy: the bestuur approves within two weeks. */
    static final int FIAT_DAYS = 14;
    /** Policy: the SWV takes a submitted aanvraag in behandeling within two weeks. */
    static final int INTAKE_DAYS = 14;
    /** Policy: the school supplies asked information within two weeks. */
    static final int INFORMATIE_DAYS = 14;
    /** Policy: the MDO is held within six weeks of the intake. */
    static final int MDO_DAYS = 42;
    /** Policy: the besluit follows the MDO within two weeks. */
    static final int BESLUIT_DAYS = 14;
    /** Policy: an aangehouden aanvraag comes back after six weeks unless a date was set. */
    static final int HERVATTEN_DAYS = 42;

    private ArrangementDeadlines() {
    }
}
