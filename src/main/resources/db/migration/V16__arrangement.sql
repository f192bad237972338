-- Aanvraag extra ondersteuning (ondersteuningsaanvraag) and arrangement (issue 4, PRODUCT.md 3.3).
-- The groeidocument version is referenced by id only (module groeidocument owns its table and its rules).

CREATE TABLE arrangement_instelling (
    swv_id       uuid PRIMARY KEY REFERENCES swv (id),
    fiat_bestuur boolean     NOT NULL DEFAULT false,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   uuid
);

CREATE TABLE ondersteuningsaanvraag (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                  uuid        NOT NULL REFERENCES swv (id),
    school_id               uuid        NOT NULL,
    leerling_id             uuid,
    groep                   text,
    aantal                  integer     CHECK (aantal > 0),
    route                   text        NOT NULL CHECK (route IN ('ROUTE_1', 'ROUTE_2', 'ROUTE_3')),
    vraag                   text        NOT NULL CHECK (length(trim(vraag)) > 0),
    groeidocument_versie_id uuid,
    status                  text        NOT NULL CHECK (status IN ('CONCEPT', 'FIAT_GEVRAAGD', 'INGEDIEND',
                                            'IN_BEHANDELING', 'INFORMATIE_GEVRAAGD', 'MDO', 'BESLOTEN', 'LOPEND',
                                            'GEEVALUEERD', 'AFGESLOTEN')),
    fiat_toelichting        text,
    fiat_door               uuid,
    fiat_op                 date,
    ingediend_op            date,
    consulent_id            uuid,
    informatie_vraag        text,
    informatie_antwoord     text,
    mdo_datum               date,
    mdo_deelnemers          text,
    mdo_perspectieven       text,
    mdo_uitkomst            text,
    besluit_uitkomst        text        CHECK (besluit_uitkomst IN ('TOEGEKEND', 'AFGEWEZEN', 'AANGEHOUDEN')),
    besluit_gronden         text,
    besloten_op             date,
    besloten_door           uuid,
    aangehouden_tot         date,
    created_at              timestamptz NOT NULL DEFAULT now(),
    created_by              uuid,
    updated_at              timestamptz,
    updated_by              uuid,
    version                 integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id),
    FOREIGN KEY (swv_id, consulent_id) REFERENCES account (swv_id, id),
    -- a pupil, or a group with its size
    CHECK ((leerling_id IS NOT NULL AND groep IS NULL AND aantal IS NULL)
        OR (leerling_id IS NULL AND length(trim(groep)) > 0 AND aantal IS NOT NULL))
);
CREATE INDEX ondersteuningsaanvraag_school_idx ON ondersteuningsaanvraag (swv_id, school_id);
CREATE INDEX ondersteuningsaanvraag_leerling_idx ON ondersteuningsaanvraag (swv_id, leerling_id);
CREATE INDEX ondersteuningsaanvraag_consulent_idx ON ondersteuningsaanvraag (swv_id, consulent_id);
CREATE INDEX ondersteuningsaanvraag_status_idx ON ondersteuningsaanvraag (swv_id, status);

-- Evaluation moments agreed in the MDO; each becomes a deadline once the arrangement runs.
CREATE TABLE arrangement_evaluatiemoment (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id        uuid        NOT NULL REFERENCES swv (id),
    aanvraag_id   uuid        NOT NULL,
    datum         date        NOT NULL,
    geevalueerd   boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, aanvraag_id) REFERENCES ondersteuningsaanvraag (swv_id, id)
);
CREATE INDEX arrangement_evaluatiemoment_aanvraag_idx ON arrangement_evaluatiemoment (swv_id, aanvraag_id);

CREATE TABLE arrangement_volgnummer (
    swv_id   uuid    NOT NULL REFERENCES swv (id),
    jaar     integer NOT NULL,
    laatste  integer NOT NULL,
    PRIMARY KEY (swv_id, jaar)
);

CREATE TABLE arrangement (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id               uuid          NOT NULL REFERENCES swv (id),
    aanvraag_id          uuid          NOT NULL UNIQUE,
    school_id            uuid          NOT NULL,
    leerling_id          uuid,
    jaar                 integer       NOT NULL,
    volgnummer           integer       NOT NULL CHECK (volgnummer > 0),
    beschikkingsnummer   text          NOT NULL,
    soort                text          NOT NULL CHECK (soort IN ('INDIVIDUEEL', 'GROEP', 'ONDERWIJS_ZORGARRANGEMENT',
                                           'INCLUSIEONDERSTEUNER')),
    aanbieder            text          NOT NULL CHECK (length(trim(aanbieder)) > 0),
    start_op             date          NOT NULL,
    eind_op              date          NOT NULL,
    uren                 numeric(8,2)  CHECK (uren > 0),
    bedrag               numeric(14,2) CHECK (bedrag >= 0),
    budget               text          NOT NULL CHECK (budget IN ('WERKGEBIED', 'CENTRAAL')),
    werkgebied_id        uuid,
    begrotingspost       text,
    boven_budget         boolean       NOT NULL DEFAULT false,
    overschrijding_reden text,
    status               text          NOT NULL CHECK (status IN ('LOPEND', 'AFGESLOTEN')),
    afgesloten_op        date,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    created_by           uuid,
    updated_at           timestamptz,
    version              integer       NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, jaar, volgnummer),
    UNIQUE (swv_id, beschikkingsnummer),
    FOREIGN KEY (swv_id, aanvraag_id) REFERENCES ondersteuningsaanvraag (swv_id, id),
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id),
    FOREIGN KEY (swv_id, werkgebied_id) REFERENCES werkgebied (swv_id, id),
    CHECK (eind_op >= start_op),
    CHECK (uren IS NOT NULL OR bedrag IS NOT NULL),
    CHECK ((budget = 'WERKGEBIED') = (werkgebied_id IS NOT NULL)),
    CHECK ((budget = 'CENTRAAL') = (begrotingspost IS NOT NULL)),
    CHECK (NOT boven_budget OR length(trim(overschrijding_reden)) > 0)
);
CREATE INDEX arrangement_school_idx ON arrangement (swv_id, school_id);
CREATE INDEX arrangement_leerling_idx ON arrangement (swv_id, leerling_id);
CREATE INDEX arrangement_werkgebied_idx ON arrangement (swv_id, werkgebied_id);
CREATE INDEX arrangement_periode_idx ON arrangement (swv_id, start_op, eind_op);

CREATE TABLE arrangement_evaluatie (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id             uuid        NOT NULL REFERENCES swv (id),
    arrangement_id     uuid        NOT NULL,
    evaluatiemoment_id uuid,
    datum              date        NOT NULL,
    deelnemers         text        NOT NULL CHECK (length(trim(deelnemers)) > 0),
    ouders_aanwezig    boolean     NOT NULL,
    leerling_aanwezig  boolean     NOT NULL,
    bevindingen        text        NOT NULL CHECK (length(trim(bevindingen)) > 0),
    uitkomst           text        NOT NULL CHECK (uitkomst IN ('VERLENGEN', 'AFSLUITEN')),
    oude_eind_op       date        NOT NULL,
    nieuwe_eind_op     date,
    created_at         timestamptz NOT NULL DEFAULT now(),
    created_by         uuid,
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, arrangement_id) REFERENCES arrangement (swv_id, id),
    FOREIGN KEY (swv_id, evaluatiemoment_id) REFERENCES arrangement_evaluatiemoment (swv_id, id),
    CHECK ((uitkomst = 'VERLENGEN') = (nieuwe_eind_op IS NOT NULL))
);
CREATE INDEX arrangement_evaluatie_arrangement_idx ON arrangement_evaluatie (swv_id, arrangement_id);
CREATE INDEX arrangement_evaluatie_moment_idx ON arrangement_evaluatie (swv_id, evaluatiemoment_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['arrangement_instelling', 'ondersteuningsaanvraag', 'arrangement_evaluatiemoment',
            'arrangement_volgnummer', 'arrangement', 'arrangement_evaluatie'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (swv_id = current_swv_id()) '
                       'WITH CHECK (swv_id = current_swv_id())', t);
    END LOOP;
END $$;

REVOKE DELETE, TRUNCATE ON ondersteuningsaanvraag, arrangement, arrangement_evaluatie FROM ${app_role};
