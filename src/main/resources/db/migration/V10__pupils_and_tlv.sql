-- Pupils with their parents, and the toelaatbaarheidsverklaring (TLV) process: aanvraag,
-- deskundigenadvies, besluit, the TLV itself, its beschikking (immutable PDF), terugplaatsing,
-- deadlines on worklists, in-app meldingen and the event publication registry.
-- Tenant tables carry swv_id with row-level security and composite foreign keys (see V2).

CREATE TABLE leerling (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id           uuid        NOT NULL REFERENCES swv (id),
    voornamen        text        NOT NULL CHECK (length(trim(voornamen)) > 0),
    roepnaam         text,
    voorvoegsel      text,
    achternaam       text        NOT NULL CHECK (length(trim(achternaam)) > 0),
    geboortedatum    date        NOT NULL,
    geslacht         text        NOT NULL CHECK (geslacht IN ('M', 'V', 'X')),
    school_id        uuid,
    groep            text,
    woonachtig       text        NOT NULL DEFAULT 'SWV' CHECK (woonachtig IN ('SWV', 'ELDERS', 'BUITENLAND')),
    emb              boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       uuid,
    updated_at       timestamptz,
    updated_by       uuid,
    version          integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id)
);
CREATE INDEX leerling_school_idx ON leerling (swv_id, school_id);
CREATE INDEX leerling_achternaam_idx ON leerling (swv_id, lower(achternaam) text_pattern_ops);
CREATE INDEX leerling_roepnaam_idx ON leerling (swv_id, lower(coalesce(roepnaam, voornamen)) text_pattern_ops);
CREATE INDEX leerling_geboortedatum_idx ON leerling (swv_id, geboortedatum);

CREATE TABLE ouder (
    id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                      uuid        NOT NULL REFERENCES swv (id),
    leerling_id                 uuid        NOT NULL,
    naam                        text        NOT NULL CHECK (length(trim(naam)) > 0),
    relatie                     text        NOT NULL CHECK (relatie IN ('MOEDER', 'VADER', 'VERZORGER', 'VOOGD', 'OVERIG')),
    email                       text,
    telefoon                    text,
    wettelijk_vertegenwoordiger boolean     NOT NULL DEFAULT true,
    account_id                  uuid,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    created_by                  uuid,
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id) ON DELETE CASCADE
);
CREATE INDEX ouder_leerling_idx ON ouder (swv_id, leerling_id);
CREATE INDEX ouder_account_idx ON ouder (swv_id, account_id);

-- Per-SWV settings of the TLV process (PRODUCT.md section 4; law as data).
CREATE TABLE tlv_instelling (
    swv_id                   uuid PRIMARY KEY REFERENCES swv (id),
    emb_een_advies           boolean NOT NULL DEFAULT false,
    signaal_maanden          integer NOT NULL DEFAULT 6 CHECK (signaal_maanden BETWEEN 1 AND 24),
    bewaartermijn_jaren      integer NOT NULL DEFAULT 3 CHECK (bewaartermijn_jaren BETWEEN 1 AND 10),
    updated_at               timestamptz,
    updated_by               uuid
);

CREATE TABLE tlv_aanvraag (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                   uuid        NOT NULL REFERENCES swv (id),
    leerling_id              uuid        NOT NULL,
    school_id                uuid        NOT NULL,
    ontvangende_school_id    uuid,
    route                    text        NOT NULL CHECK (route IN ('STANDAARD', 'VOORSCHOOLS', 'EMB', 'GRENSVERKEER',
                                                                    'VERLENGING', 'TIJDELIJKE_PLAATSING')),
    bevoegdheid              text        NOT NULL CHECK (bevoegdheid IN ('INGESCHREVEN_SCHOOL', 'WOONPLAATS', 'SBO_SCHOOL')),
    gevraagd_type            text        NOT NULL CHECK (gevraagd_type IN ('SBO', 'SO')),
    gevraagde_categorie      text        CHECK (gevraagde_categorie IN ('LAAG', 'MIDDEN', 'HOOG')),
    gevraagde_ingangsdatum   date        NOT NULL,
    gevraagde_einddatum      date        NOT NULL,
    gronden                  text,        -- health data: emptied by the retention job (WPO art. 18a lid 13)
    mdo_datum                date        NOT NULL,
    mdo_uitkomst             text,        -- health data, idem
    zienswijze_ouders        text,
    ouders_akkoord           boolean     NOT NULL,
    reden_zonder_instemming  text,
    vorige_tlv_id            uuid,
    status                   text        NOT NULL CHECK (status IN ('INGEDIEND', 'AANVULLING_GEVRAAGD', 'IN_ADVIES',
                                                                    'BESLOTEN', 'INGETROKKEN')),
    aanvulling_vraag         text,
    ingediend_op             date        NOT NULL,
    opgeschort_dagen         integer     NOT NULL DEFAULT 0,
    opgeschort_sinds         date,
    beslistermijn            date        NOT NULL,
    compleet_op              date,
    gezondheid_verwijderd_op timestamptz,
    created_at               timestamptz NOT NULL DEFAULT now(),
    created_by               uuid,
    updated_at               timestamptz,
    updated_by               uuid,
    version                  integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id),
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id),
    FOREIGN KEY (swv_id, ontvangende_school_id) REFERENCES school (swv_id, id),
    CHECK ((gevraagd_type = 'SO') = (gevraagde_categorie IS NOT NULL)),
    CHECK (gezondheid_verwijderd_op IS NOT NULL OR (gronden IS NOT NULL AND mdo_uitkomst IS NOT NULL)),
    CHECK (ouders_akkoord OR reden_zonder_instemming IS NOT NULL OR gezondheid_verwijderd_op IS NOT NULL)
);
CREATE INDEX tlv_aanvraag_leerling_idx ON tlv_aanvraag (swv_id, leerling_id);
CREATE INDEX tlv_aanvraag_school_idx ON tlv_aanvraag (swv_id, school_id);
CREATE INDEX tlv_aanvraag_ontvangende_idx ON tlv_aanvraag (swv_id, ontvangende_school_id);
CREATE INDEX tlv_aanvraag_status_idx ON tlv_aanvraag (swv_id, status);
CREATE INDEX tlv_aanvraag_vorige_idx ON tlv_aanvraag (swv_id, vorige_tlv_id);

-- Reports attached to a request. Health data unless said otherwise; deleted by the retention job.
CREATE TABLE tlv_bijlage (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                    uuid        NOT NULL REFERENCES swv (id),
    aanvraag_id               uuid        NOT NULL,
    bestandsnaam              text        NOT NULL,
    content_type              text        NOT NULL,
    grootte                   integer     NOT NULL CHECK (grootte >= 0),
    inhoud                    bytea,
    toestemming_ouders        boolean     NOT NULL,
    gezondheidsgegevens       boolean     NOT NULL DEFAULT true,
    verwijderd_op             timestamptz,
    created_at                timestamptz NOT NULL DEFAULT now(),
    created_by                uuid,
    FOREIGN KEY (swv_id, aanvraag_id) REFERENCES tlv_aanvraag (swv_id, id)
);
CREATE INDEX tlv_bijlage_aanvraag_idx ON tlv_bijlage (swv_id, aanvraag_id);

CREATE TABLE tlv_deskundige (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id        uuid        NOT NULL REFERENCES swv (id),
    aanvraag_id   uuid        NOT NULL,
    account_id    uuid        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    uuid,
    UNIQUE (aanvraag_id, account_id),
    FOREIGN KEY (swv_id, aanvraag_id) REFERENCES tlv_aanvraag (swv_id, id)
);
CREATE INDEX tlv_deskundige_account_idx ON tlv_deskundige (swv_id, account_id);

CREATE TABLE tlv_advies (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id          uuid        NOT NULL REFERENCES swv (id),
    aanvraag_id     uuid        NOT NULL,
    account_id      uuid        NOT NULL,
    deskundige_naam text        NOT NULL,
    discipline      text        NOT NULL,
    advies_datum    date        NOT NULL,
    toelaatbaar     boolean     NOT NULL,
    type            text        CHECK (type IN ('SBO', 'SO')),
    categorie       text        CHECK (categorie IN ('LAAG', 'MIDDEN', 'HOOG')),
    ingangsdatum    date,
    einddatum       date,
    motivering      text,
    verwijderd_op   timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (swv_id, id),
    UNIQUE (aanvraag_id, account_id),
    FOREIGN KEY (swv_id, aanvraag_id) REFERENCES tlv_aanvraag (swv_id, id),
    CHECK (NOT toelaatbaar OR type IS NOT NULL),
    CHECK (type IS DISTINCT FROM 'SBO' OR categorie IS NULL)
);
CREATE INDEX tlv_advies_aanvraag_idx ON tlv_advies (swv_id, aanvraag_id);

CREATE TABLE tlv_besluit (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                    uuid        NOT NULL REFERENCES swv (id),
    aanvraag_id               uuid        NOT NULL,
    uitkomst                  text        NOT NULL CHECK (uitkomst IN ('TOEGEKEND', 'AFGEWEZEN')),
    motivering                text,        -- emptied by the retention job; the beschikking keeps the text
    gezondheid_verwijderd_op  timestamptz,
    gevolgd_advies_id         uuid,
    afwijking_motivering      text,
    ouders_eens               boolean     NOT NULL,
    verwijzende_school_eens   boolean     NOT NULL,
    ontvangende_school_eens   boolean,
    consulent_eens            boolean,
    besluitdatum              date        NOT NULL,
    verzonden_op              date        NOT NULL,
    vervangt_besluit_id       uuid,
    besloten_door             uuid        NOT NULL,
    besloten_door_naam        text        NOT NULL,
    created_at                timestamptz NOT NULL DEFAULT now(),
    UNIQUE (swv_id, id),
    CHECK (motivering IS NOT NULL OR gezondheid_verwijderd_op IS NOT NULL),
    FOREIGN KEY (swv_id, aanvraag_id) REFERENCES tlv_aanvraag (swv_id, id),
    FOREIGN KEY (swv_id, gevolgd_advies_id) REFERENCES tlv_advies (swv_id, id),
    FOREIGN KEY (swv_id, vervangt_besluit_id) REFERENCES tlv_besluit (swv_id, id)
);
CREATE INDEX tlv_besluit_aanvraag_idx ON tlv_besluit (swv_id, aanvraag_id);
CREATE INDEX tlv_besluit_advies_idx ON tlv_besluit (swv_id, gevolgd_advies_id);
-- A decision is replaced at most once (a chain of corrections, never a fork).
CREATE UNIQUE INDEX tlv_besluit_vervangt_once_idx ON tlv_besluit (vervangt_besluit_id);

CREATE TABLE tlv_volgnummer (
    swv_id   uuid    NOT NULL REFERENCES swv (id),
    jaar     integer NOT NULL,
    laatste  integer NOT NULL,
    PRIMARY KEY (swv_id, jaar)
);

CREATE TABLE tlv (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                 uuid        NOT NULL REFERENCES swv (id),
    besluit_id             uuid        NOT NULL UNIQUE,
    aanvraag_id            uuid        NOT NULL,
    leerling_id            uuid        NOT NULL,
    school_id              uuid        NOT NULL,
    ontvangende_school_id  uuid,
    jaar                   integer     NOT NULL,
    volgnummer             integer     NOT NULL CHECK (volgnummer > 0),
    beschikkingsnummer     text        NOT NULL,
    type                   text        NOT NULL CHECK (type IN ('SBO', 'SO')),
    categorie              text        CHECK (categorie IN ('LAAG', 'MIDDEN', 'HOOG')),
    ingangsdatum           date        NOT NULL,
    einddatum              date        NOT NULL,
    tijdelijk              boolean     NOT NULL DEFAULT false,
    ingetrokken_op         date,
    vorige_tlv_id          uuid,
    created_at             timestamptz NOT NULL DEFAULT now(),
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, jaar, volgnummer),
    UNIQUE (swv_id, beschikkingsnummer),
    FOREIGN KEY (swv_id, besluit_id) REFERENCES tlv_besluit (swv_id, id),
    FOREIGN KEY (swv_id, aanvraag_id) REFERENCES tlv_aanvraag (swv_id, id),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id),
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id),
    FOREIGN KEY (swv_id, ontvangende_school_id) REFERENCES school (swv_id, id),
    FOREIGN KEY (swv_id, vorige_tlv_id) REFERENCES tlv (swv_id, id),
    CHECK ((type = 'SO') = (categorie IS NOT NULL)),
    CHECK (einddatum > ingangsdatum),
    CHECK (tijdelijk OR (extract(month FROM einddatum) = 7 AND extract(day FROM einddatum) = 31))
);
CREATE INDEX tlv_leerling_idx ON tlv (swv_id, leerling_id);
CREATE INDEX tlv_school_idx ON tlv (swv_id, school_id);
CREATE INDEX tlv_ontvangende_idx ON tlv (swv_id, ontvangende_school_id);
CREATE INDEX tlv_aanvraag_idx ON tlv (swv_id, aanvraag_id);
CREATE INDEX tlv_einddatum_idx ON tlv (swv_id, einddatum);
CREATE INDEX tlv_vorige_idx ON tlv (swv_id, vorige_tlv_id);

-- The decision letter as sent: never changed or removed (the app role may only add and read).
CREATE TABLE beschikking (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id        uuid        NOT NULL REFERENCES swv (id),
    besluit_id    uuid        NOT NULL UNIQUE,
    aanvraag_id   uuid        NOT NULL,
    leerling_id   uuid        NOT NULL,
    bestandsnaam  text        NOT NULL,
    pdf           bytea       NOT NULL,
    sha256        text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    uuid        NOT NULL,
    FOREIGN KEY (swv_id, besluit_id) REFERENCES tlv_besluit (swv_id, id),
    FOREIGN KEY (swv_id, aanvraag_id) REFERENCES tlv_aanvraag (swv_id, id),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id)
);
CREATE INDEX beschikking_aanvraag_idx ON beschikking (swv_id, aanvraag_id);
CREATE INDEX beschikking_leerling_idx ON beschikking (swv_id, leerling_id);
REVOKE UPDATE, DELETE, TRUNCATE ON beschikking FROM ${app_role};

CREATE TABLE terugplaatsing (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id          uuid        NOT NULL REFERENCES swv (id),
    tlv_id          uuid        NOT NULL,
    leerling_id     uuid        NOT NULL,
    doelschool_id   uuid        NOT NULL,
    datum           date        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('GEPLAND', 'AFGEROND', 'GEANNULEERD')),
    toelichting     text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      uuid,
    updated_at      timestamptz,
    updated_by      uuid,
    version         integer     NOT NULL DEFAULT 0,
    FOREIGN KEY (swv_id, tlv_id) REFERENCES tlv (swv_id, id),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id),
    FOREIGN KEY (swv_id, doelschool_id) REFERENCES school (swv_id, id)
);
CREATE INDEX terugplaatsing_tlv_idx ON terugplaatsing (swv_id, tlv_id);
CREATE INDEX terugplaatsing_leerling_idx ON terugplaatsing (swv_id, leerling_id);
CREATE INDEX terugplaatsing_doelschool_idx ON terugplaatsing (swv_id, doelschool_id);

-- Every open step of a case with its owner and due date; the daily job sets the signal.
CREATE TABLE deadline (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id          uuid        NOT NULL REFERENCES swv (id),
    soort           text        NOT NULL,
    subject_type    text        NOT NULL,
    subject_id      uuid        NOT NULL,
    leerling_id     uuid,
    school_id       uuid,
    owner_role      text        NOT NULL,
    owner_account   uuid,
    start_op        date        NOT NULL,
    vervalt_op      date        NOT NULL,
    verlengd_tot    date,
    verlenging_reden text,
    signaal         text        NOT NULL DEFAULT 'OPEN_OK' CHECK (signaal IN ('OPEN_OK', 'NEAR', 'OVERDUE')),
    gesignaleerd_op date,
    gesloten_op     timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id),
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id)
);
CREATE INDEX deadline_open_idx ON deadline (swv_id, vervalt_op) WHERE gesloten_op IS NULL;
CREATE INDEX deadline_subject_idx ON deadline (swv_id, subject_type, subject_id);
CREATE INDEX deadline_leerling_idx ON deadline (swv_id, leerling_id);
CREATE INDEX deadline_school_idx ON deadline (swv_id, school_id);
CREATE UNIQUE INDEX deadline_one_open_idx ON deadline (subject_id, soort, owner_role, coalesce(owner_account, subject_id))
    WHERE gesloten_op IS NULL;

-- In-app meldingen: what changed and where, never content.
CREATE TABLE melding (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id        uuid        NOT NULL REFERENCES swv (id),
    account_id    uuid        NOT NULL,
    soort         text        NOT NULL,
    link          text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    gelezen_op    timestamptz
);
CREATE INDEX melding_account_idx ON melding (swv_id, account_id, created_at DESC);

-- What the retention job removed: ids only.
CREATE TABLE bewaartermijn_log (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id         uuid        NOT NULL REFERENCES swv (id),
    subject_type   text        NOT NULL,
    subject_id     uuid        NOT NULL,
    aanvraag_id    uuid        NOT NULL,
    verwijderd_op  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bewaartermijn_log_swv_idx ON bewaartermijn_log (swv_id, verwijderd_op);
REVOKE UPDATE, DELETE, TRUNCATE ON bewaartermijn_log FROM ${app_role};

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['leerling', 'ouder', 'tlv_instelling', 'tlv_aanvraag', 'tlv_bijlage', 'tlv_deskundige',
                             'tlv_advies', 'tlv_besluit', 'tlv_volgnummer', 'tlv', 'beschikking', 'terugplaatsing',
                             'deadline', 'melding', 'bewaartermijn_log'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (swv_id = current_swv_id()) '
                       'WITH CHECK (swv_id = current_swv_id())', t);
    END LOOP;
END $$;

-- Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith-events-jdbc).
-- Events hold ids and the tenant only, never names or free text.
CREATE TABLE event_publication (
    id                     uuid NOT NULL PRIMARY KEY,
    listener_id            text NOT NULL,
    event_type             text NOT NULL,
    serialized_event       text NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
CREATE TABLE event_publication_archive (
    id                     uuid NOT NULL PRIMARY KEY,
    listener_id            text NOT NULL,
    event_type             text NOT NULL,
    serialized_event       text NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_archive_serialized_event_hash_idx ON event_publication_archive USING hash (serialized_event);
CREATE INDEX event_publication_archive_by_completion_date_idx ON event_publication_archive (completion_date);
