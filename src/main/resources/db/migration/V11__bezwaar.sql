-- Bezwaar (objection) against a TLV decision (PRODUCT.md 3.5; Awb 6:7-6:11, 7:10, 7:13; WPO art. 18a
-- lid 12): the dates that decide whether it is timely, the steps through the advisory committee, the
-- one postponement of the decision, the outcome and a later beroep. Gronden are personal data.
-- Tenant table with swv_id, row-level security and composite foreign keys (see V2, V10).

CREATE TABLE bezwaar (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                  uuid        NOT NULL REFERENCES swv (id),
    besluit_id              uuid        NOT NULL,
    aanvraag_id             uuid        NOT NULL,
    leerling_id             uuid        NOT NULL,
    indiener                text        NOT NULL CHECK (indiener IN ('OUDERS', 'SCHOOLBESTUUR')),
    gronden                 text        CHECK (length(gronden) <= 20000),
    ontvangen_op            date        NOT NULL,
    poststempel             date,
    termijn_einde           date        NOT NULL,
    tijdig                  boolean     NOT NULL,
    verschoonbaar           boolean     NOT NULL DEFAULT false,
    verschoonbaar_reden     text,
    status                  text        NOT NULL CHECK (status IN ('ONTVANGEN', 'DOORGESTUURD', 'HOORZITTING',
                                                                   'ADVIES_ONTVANGEN', 'BESLOTEN', 'INGETROKKEN')),
    doorsturen_voor         date        NOT NULL,
    doorgestuurd_op         date,
    hoorzitting_op          date,
    advies_op               date,
    advies_uitkomst         text        CHECK (advies_uitkomst IN ('GEGROND', 'ONGEGROND', 'NIET_ONTVANKELIJK')),
    beslissen_voor          date        NOT NULL,
    verdaagd_tot            date,
    verdaagd_op             date,
    verdaging_reden         text,
    uitkomst                text        CHECK (uitkomst IN ('GEGROND', 'ONGEGROND', 'NIET_ONTVANKELIJK')),
    beslist_op              date,
    beslissing_motivering   text,
    beroep_ingesteld_op     date,
    ingetrokken_op          date,
    created_at              timestamptz NOT NULL DEFAULT now(),
    created_by              uuid,
    updated_at              timestamptz,
    updated_by              uuid,
    version                 integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, besluit_id) REFERENCES tlv_besluit (swv_id, id),
    FOREIGN KEY (swv_id, aanvraag_id) REFERENCES tlv_aanvraag (swv_id, id),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id),
    CHECK (poststempel IS NULL OR poststempel <= ontvangen_op),
    -- Awb 6:11: only a late objection can be excused, and the reason is recorded.
    CHECK (NOT verschoonbaar OR (NOT tijdig AND verschoonbaar_reden IS NOT NULL)),
    -- Awb 7:10 lid 3: one postponement, with its notice date and reason.
    CHECK ((verdaagd_tot IS NULL) = (verdaagd_op IS NULL)),
    CHECK (verdaagd_tot IS NULL OR (verdaging_reden IS NOT NULL AND verdaagd_tot > beslissen_voor)),
    CHECK ((advies_op IS NULL) = (advies_uitkomst IS NULL)),
    CHECK ((status = 'BESLOTEN') = (uitkomst IS NOT NULL)),
    CHECK (uitkomst IS NULL OR (beslist_op IS NOT NULL AND beslissing_motivering IS NOT NULL)),
    CHECK ((status = 'INGETROKKEN') = (ingetrokken_op IS NOT NULL)),
    CHECK (beroep_ingesteld_op IS NULL OR status = 'BESLOTEN')
);
CREATE INDEX bezwaar_besluit_idx ON bezwaar (swv_id, besluit_id);
CREATE INDEX bezwaar_aanvraag_idx ON bezwaar (swv_id, aanvraag_id);
CREATE INDEX bezwaar_leerling_idx ON bezwaar (swv_id, leerling_id);
CREATE INDEX bezwaar_status_idx ON bezwaar (swv_id, status);
-- Parents and the board may both object, but each only once at a time against the same decision.
CREATE UNIQUE INDEX bezwaar_one_open_per_indiener_idx ON bezwaar (besluit_id, indiener)
    WHERE status NOT IN ('BESLOTEN', 'INGETROKKEN');
-- An objection is a record of the file: the application never removes one.
REVOKE DELETE, TRUNCATE ON bezwaar FROM ${app_role};

ALTER TABLE bezwaar ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON bezwaar USING (swv_id = current_swv_id()) WITH CHECK (swv_id = current_swv_id());
