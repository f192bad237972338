package nl.passend.shared.security;

/** One permission per use case; roles grant them (see {@link Role}). Case permissions are further limited by scope. */
public enum Permission {
    REGISTER_READ,
    REGISTER_MANAGE,
    USER_MANAGE,
    AUDIT_READ,
    TENANT_MANAGE,
    /** Find and read pupils within the user's scope. */
    PUPIL_READ,
    /** Record and correct pupils and their parents. */
    PUPIL_MANAGE,
    /** File a TLV request for a pupil of one's own school (WPO art. 40). */
    TLV_REQUEST,
    /** Read TLV requests, decisions and TLVs within scope. */
    TLV_READ,
    /** Read the health details of a TLV request: grounds, MDO outcome, advices, attachments (WPO art. 18a lid 13). */
    TLV_HEALTH_READ,
    /** Check completeness, ask for more information, assign deskundigen. */
    TLV_INTAKE,
    /** Record a deskundigenadvies on an assigned request (WPO art. 18a lid 11). */
    TLV_ADVISE,
    /** Decide on a TLV request under mandate of the board. */
    TLV_DECIDE,
    /** Register expiring TLVs' outcome: terugplaatsing. */
    TLV_FOLLOW_UP,
    /** File an objection as a party (parents, school board). */
    BEZWAAR_FILE,
    /** Register and handle objections: committee, hearing, advice. */
    BEZWAAR_MANAGE,
    /** Decide on an objection. */
    BEZWAAR_DECIDE,
    /** Read all of the SWV's finance: amounts, counts, models, budgets, realisation, statements. */
    FINANCE_READ,
    /** Keep amounts, counts, subsidies, models (concept), budgets, realisation entries and imports. */
    FINANCE_MANAGE,
    /** Record the OPR's consent and adopt (vaststellen) an allocation model or a budget. */
    FINANCE_ADOPT,
    /** Read the aggregate budget and multi-year budget (no statements of other boards). */
    FINANCE_BUDGET_READ,
    /** Read the realisation, trimester and reserve reports (governance). */
    FINANCE_REPORT_READ,
    /** Read payment statements (betaaloverzichten) per board; a board only its own. */
    BETAALOVERZICHT_READ,
    /** Read a pupil's groeidocument and OPP within scope (a parent: the parts shared with them). */
    GROEIDOCUMENT_READ,
    /** Keep a pupil's groeidocument and OPP (the own school). */
    GROEIDOCUMENT_MANAGE,
    /** Give or refuse consent as a parent (OPP handelingsdeel, sharing an attachment). */
    TOESTEMMING_GEVEN,
    /** File an aanvraag extra ondersteuning for a pupil or group of the own school. */
    AANVRAAG_FILE,
    /** Read aanvragen and arrangementen within scope (the bestuur without health details). */
    AANVRAAG_READ,
    /** Handle an aanvraag: take it in behandeling, ask for information, record the MDO and evaluations. */
    AANVRAAG_HANDLE,
    /** Decide on an aanvraag: grant, refuse or hold (toekennen, afwijzen, aanhouden). */
    AANVRAAG_DECIDE,
    /** Approve (fiatteren) a school's aanvraag as its board, when the SWV requires it. */
    AANVRAAG_FIAT,
    /** Register provider invoices against arrangements. */
    FACTUUR_MANAGE,
    /** Read the monthly arrangement settlement per board; a board only its own. */
    VERREKENING_READ,
    /** Import an OSO SWV-dossier for a pupil of the own school. */
    OSO_IMPORT
}
