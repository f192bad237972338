-- Finance (issue 5): normbedragen as versioned data with their source, bekostigingstellingen,
-- earmarked subsidies, the verdeelmodel (immutable once vastgesteld), the begroting with its
-- prognoses and scenarios, monthly realisation, historical actuals, eigen vermogen and the log of
-- saved computations. Money is numeric(14,2) in euros (ADR 0008). No pupil data lives here.

-- A funding amount (or, for INDEXATIE, a percentage) for one calendar year. A correction is a new
-- version; the old row stays, marked as replaced, so every computation can name what it used.
CREATE TABLE normbedrag (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id           uuid          NOT NULL REFERENCES swv (id),
    jaar             integer       NOT NULL CHECK (jaar BETWEEN 2014 AND 2100),
    soort            text          NOT NULL CHECK (soort IN ('LICHTE_ONDERSTEUNING', 'ZWARE_ONDERSTEUNING', 'SBO',
                         'SO_LAAG', 'SO_MIDDEN', 'SO_HOOG', 'GROEI_SBO', 'GROEI_SO_LAAG', 'GROEI_SO_MIDDEN',
                         'GROEI_SO_HOOG', 'INDEXATIE')),
    leeftijdsklasse  text          NOT NULL DEFAULT 'ALLE' CHECK (leeftijdsklasse IN ('ALLE', 'ONDER_8', 'VANAF_8')),
    waarde           numeric(14,4) NOT NULL CHECK (waarde >= 0),
    status           text          NOT NULL CHECK (status IN ('VOORLOPIG', 'DEFINITIEF')),
    bron_regeling    text          NOT NULL CHECK (length(trim(bron_regeling)) > 0),
    bron_vindplaats  text          NOT NULL CHECK (length(trim(bron_vindplaats)) > 0),
    bron_datum       date          NOT NULL,
    toelichting      text,
    versie           integer       NOT NULL CHECK (versie > 0),
    vervangen_door   uuid,
    vervangen_op     timestamptz,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    created_by       uuid,
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, jaar, soort, leeftijdsklasse, versie),
    FOREIGN KEY (swv_id, vervangen_door) REFERENCES normbedrag (swv_id, id),
    -- Amounts are whole cents; only the indexation percentage has four decimals.
    CHECK (soort = 'INDEXATIE' OR waarde = round(waarde, 2)),
    CHECK ((vervangen_door IS NULL) = (vervangen_op IS NULL))
);
CREATE UNIQUE INDEX normbedrag_geldig_idx ON normbedrag (swv_id, jaar, soort, leeftijdsklasse) WHERE vervangen_door IS NULL;
CREATE INDEX normbedrag_vervangen_door_idx ON normbedrag (swv_id, vervangen_door);
-- Amounts are evidence for past computations: the application corrects by adding a version.
REVOKE DELETE, TRUNCATE ON normbedrag FROM ${app_role};

-- Counts at a teldatum for the SWV as a whole: BASIS = pupils in bao + sbo (the per-pupil budgets),
-- SBO and SO per category = this SWV's pupils in S(B)O (the verrekening).
CREATE TABLE bekostigingstelling (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id           uuid        NOT NULL REFERENCES swv (id),
    teldatum         date        NOT NULL,
    soort            text        NOT NULL CHECK (soort IN ('BASIS', 'SBO', 'SO_LAAG', 'SO_MIDDEN', 'SO_HOOG')),
    leeftijdsklasse  text        NOT NULL DEFAULT 'ALLE' CHECK (leeftijdsklasse IN ('ALLE', 'ONDER_8', 'VANAF_8')),
    aantal           integer     NOT NULL CHECK (aantal >= 0),
    bron             text        NOT NULL CHECK (bron IN ('LEERLINGTELLING', 'TLV_REGISTER', 'DUO', 'HANDMATIG')),
    toelichting      text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       uuid,
    updated_at       timestamptz,
    updated_by       uuid,
    version          integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, teldatum, soort, leeftijdsklasse)
);

-- Earmarked subsidies (gemeente, Rijk) with their own accountability.
CREATE TABLE geoormerkte_subsidie (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id          uuid          NOT NULL REFERENCES swv (id),
    jaar            integer       NOT NULL CHECK (jaar BETWEEN 2014 AND 2100),
    verstrekker     text          NOT NULL CHECK (length(trim(verstrekker)) > 0),
    omschrijving    text          NOT NULL CHECK (length(trim(omschrijving)) > 0),
    bedrag          numeric(14,2) NOT NULL CHECK (bedrag >= 0),
    verantwoording  text,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    created_by      uuid,
    updated_at      timestamptz,
    updated_by      uuid,
    version         integer       NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id)
);
CREATE INDEX geoormerkte_subsidie_jaar_idx ON geoormerkte_subsidie (swv_id, jaar);

-- The allocation model of one year. CONCEPT -> OPR_INSTEMMING -> VASTGESTELD (-> VERVANGEN by a
-- newer version from its geldig_vanaf). Only a concept can change; see the triggers below.
CREATE TABLE verdeelmodel (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id              uuid        NOT NULL REFERENCES swv (id),
    jaar                integer     NOT NULL CHECK (jaar BETWEEN 2014 AND 2100),
    versie              integer     NOT NULL CHECK (versie > 0),
    naam                text        NOT NULL CHECK (length(trim(naam)) > 0),
    status              text        NOT NULL CHECK (status IN ('CONCEPT', 'OPR_INSTEMMING', 'VASTGESTELD', 'VERVANGEN')),
    teldatum            date        NOT NULL,
    geldig_vanaf        date        NOT NULL,
    opr_instemming_op   date,
    opr_kenmerk         text,
    vastgesteld_op      timestamptz,
    vastgesteld_door    uuid,
    vervangt_id         uuid,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          uuid,
    updated_at          timestamptz,
    updated_by          uuid,
    version             integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, jaar, versie),
    FOREIGN KEY (swv_id, vervangt_id) REFERENCES verdeelmodel (swv_id, id),
    CHECK (extract(year FROM geldig_vanaf) = jaar),
    CHECK (status IN ('CONCEPT') OR (opr_instemming_op IS NOT NULL AND opr_kenmerk IS NOT NULL)),
    CHECK (status IN ('CONCEPT', 'OPR_INSTEMMING') OR (vastgesteld_op IS NOT NULL AND vastgesteld_door IS NOT NULL))
);
CREATE INDEX verdeelmodel_vervangt_idx ON verdeelmodel (swv_id, vervangt_id);
-- At most one model of a year is in force at a time.
CREATE UNIQUE INDEX verdeelmodel_een_vastgesteld_idx ON verdeelmodel (swv_id, jaar) WHERE status = 'VASTGESTELD';
REVOKE DELETE, TRUNCATE ON verdeelmodel FROM ${app_role};

-- One component of a model. bedrag: per school (VASTE_VOET), per pupil (PER_LEERLING), per growth
-- pupil (GROEIREGELING) or a fixed total (CENTRALE_POST, WERKGEBIEDBUDGET); percentage: a share of
-- the available baten instead of a fixed total; frictie_percentage: the part of a werkgebied budget
-- held back as frictie reserve.
CREATE TABLE verdeelmodel_component (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id               uuid          NOT NULL REFERENCES swv (id),
    verdeelmodel_id      uuid          NOT NULL,
    volgorde             integer       NOT NULL CHECK (volgorde >= 0),
    soort                text          NOT NULL CHECK (soort IN ('VASTE_VOET', 'PER_LEERLING', 'WERKGEBIEDBUDGET',
                             'CENTRALE_POST', 'GROEIREGELING')),
    naam                 text          NOT NULL CHECK (length(trim(naam)) > 0),
    post                 text          NOT NULL CHECK (post IN ('REGULIER', 'SBO', 'SO', 'WERKGEBIEDEN', 'OZA',
                             'MANAGEMENT_ORGANISATIE', 'UITVOERINGSORGANISATIE', 'OVERIGE_LASTEN')),
    bedrag               numeric(14,2) CHECK (bedrag >= 0),
    percentage           numeric(7,4)  CHECK (percentage > 0 AND percentage <= 100),
    frictie_percentage   numeric(7,4)  CHECK (frictie_percentage >= 0 AND frictie_percentage < 100),
    peildatum            date,
    verwacht_aantal      integer       CHECK (verwacht_aantal >= 0),
    maandelijks          boolean       NOT NULL DEFAULT false,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    created_by           uuid,
    UNIQUE (swv_id, id),
    UNIQUE (verdeelmodel_id, volgorde),
    FOREIGN KEY (swv_id, verdeelmodel_id) REFERENCES verdeelmodel (swv_id, id),
    CHECK ((bedrag IS NULL) <> (percentage IS NULL)),
    CHECK (frictie_percentage IS NULL OR soort = 'WERKGEBIEDBUDGET'),
    -- Besluit bekostiging WPO 2022 art. 20: the SWV's own growth date lies between 1 February and 1 June.
    CHECK (peildatum IS NULL OR (soort = 'GROEIREGELING'
        AND to_char(peildatum, 'MMDD') BETWEEN '0201' AND '0601'))
);
CREATE INDEX verdeelmodel_component_model_idx ON verdeelmodel_component (swv_id, verdeelmodel_id);

CREATE FUNCTION verdeelmodel_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'VASTGESTELD' AND NEW.status = 'VERVANGEN'
            AND (to_jsonb(NEW) - 'status' - 'updated_at' - 'updated_by' - 'version')
              = (to_jsonb(OLD) - 'status' - 'updated_at' - 'updated_by' - 'version') THEN
        RETURN NEW;
    END IF;
    IF OLD.status IN ('VASTGESTELD', 'VERVANGEN') THEN
        RAISE EXCEPTION 'verdeelmodel % is vastgesteld and immutable', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER verdeelmodel_immutable BEFORE UPDATE ON verdeelmodel
    FOR EACH ROW EXECUTE FUNCTION verdeelmodel_guard();

CREATE FUNCTION verdeelmodel_component_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s text;
BEGIN
    SELECT status INTO s FROM verdeelmodel WHERE id = COALESCE(NEW.verdeelmodel_id, OLD.verdeelmodel_id);
    IF s IS DISTINCT FROM 'CONCEPT' THEN
        RAISE EXCEPTION 'components of a verdeelmodel that is no longer a concept are immutable' USING ERRCODE = 'check_violation';
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER verdeelmodel_component_immutable BEFORE INSERT OR UPDATE OR DELETE ON verdeelmodel_component
    FOR EACH ROW EXECUTE FUNCTION verdeelmodel_component_guard();

-- The begroting of a year (jaar) with the meerjarenbegroting for jaar+1..jaar+3.
CREATE TABLE begroting (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                 uuid         NOT NULL REFERENCES swv (id),
    jaar                   integer      NOT NULL CHECK (jaar BETWEEN 2014 AND 2100),
    naam                   text         NOT NULL CHECK (length(trim(naam)) > 0),
    verdeelmodel_id        uuid         NOT NULL,
    status                 text         NOT NULL CHECK (status IN ('CONCEPT', 'VASTGESTELD')),
    indexatie_percentage   numeric(7,4) NOT NULL DEFAULT 0 CHECK (indexatie_percentage > -100 AND indexatie_percentage < 100),
    vastgesteld_op         timestamptz,
    vastgesteld_door       uuid,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    created_by             uuid,
    updated_at             timestamptz,
    updated_by             uuid,
    version                integer      NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, verdeelmodel_id) REFERENCES verdeelmodel (swv_id, id),
    CHECK ((status = 'VASTGESTELD') = (vastgesteld_op IS NOT NULL))
);
CREATE INDEX begroting_verdeelmodel_idx ON begroting (swv_id, verdeelmodel_id);
CREATE UNIQUE INDEX begroting_een_vastgesteld_idx ON begroting (swv_id, jaar) WHERE status = 'VASTGESTELD';

-- Forecast counts per year of the begroting (the teldatum that funds that year).
CREATE TABLE begroting_prognose (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id          uuid        NOT NULL REFERENCES swv (id),
    begroting_id    uuid        NOT NULL,
    jaar            integer     NOT NULL,
    soort           text        NOT NULL CHECK (soort IN ('BASIS', 'SBO', 'SO_LAAG', 'SO_MIDDEN', 'SO_HOOG')),
    aantal          integer     NOT NULL CHECK (aantal >= 0),
    UNIQUE (swv_id, id),
    UNIQUE (begroting_id, jaar, soort),
    FOREIGN KEY (swv_id, begroting_id) REFERENCES begroting (swv_id, id) ON DELETE CASCADE
);
CREATE INDEX begroting_prognose_begroting_idx ON begroting_prognose (swv_id, begroting_id);

-- A scenario variant: changes to the base assumptions, shown side by side with the base.
CREATE TABLE begroting_scenario (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                  uuid         NOT NULL REFERENCES swv (id),
    begroting_id            uuid         NOT NULL,
    naam                    text         NOT NULL CHECK (length(trim(naam)) > 0),
    so_deelname_delta       numeric(6,3) NOT NULL DEFAULT 0,
    sbo_deelname_delta      numeric(6,3) NOT NULL DEFAULT 0,
    leerlingen_delta_pct    numeric(6,3) NOT NULL DEFAULT 0,
    indexatie_delta         numeric(6,3) NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    created_by              uuid,
    UNIQUE (swv_id, id),
    UNIQUE (begroting_id, naam),
    FOREIGN KEY (swv_id, begroting_id) REFERENCES begroting (swv_id, id) ON DELETE CASCADE
);
CREATE INDEX begroting_scenario_begroting_idx ON begroting_scenario (swv_id, begroting_id);

-- The lines of a vastgesteld begroting, frozen with their derivation (base scenario only).
CREATE TABLE begroting_regel (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id          uuid          NOT NULL REFERENCES swv (id),
    begroting_id    uuid          NOT NULL,
    jaar            integer       NOT NULL,
    post            text          NOT NULL,
    bedrag          numeric(14,2) NOT NULL,
    afleiding       text          NOT NULL,
    UNIQUE (swv_id, id),
    UNIQUE (begroting_id, jaar, post),
    FOREIGN KEY (swv_id, begroting_id) REFERENCES begroting (swv_id, id)
);
CREATE INDEX begroting_regel_begroting_idx ON begroting_regel (swv_id, begroting_id);
REVOKE UPDATE, DELETE, TRUNCATE ON begroting_regel FROM ${app_role};

-- Monthly actuals per post. Append-only: a correction is a booking with the opposite sign, so any
-- past month's statement can be reproduced.
CREATE TABLE realisatie_boeking (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id          uuid          NOT NULL REFERENCES swv (id),
    jaar            integer       NOT NULL CHECK (jaar BETWEEN 2014 AND 2100),
    maand           integer       NOT NULL CHECK (maand BETWEEN 1 AND 12),
    post            text          NOT NULL CHECK (post IN ('RIJKSBIJDRAGE_LICHT', 'RIJKSBIJDRAGE_ZWAAR', 'SUBSIDIE',
                        'OVERIGE_BATEN', 'REGULIER', 'SBO', 'SO', 'WERKGEBIEDEN', 'OZA', 'MANAGEMENT_ORGANISATIE',
                        'UITVOERINGSORGANISATIE', 'OVERIGE_LASTEN')),
    bedrag          numeric(14,2) NOT NULL,
    bestuur_id      uuid,
    betaalsoort     text          CHECK (betaalsoort IN ('BASIS_LICHT', 'ARRANGEMENT', 'OVERIG')),
    omschrijving    text          NOT NULL CHECK (length(trim(omschrijving)) > 0),
    bron            text          NOT NULL CHECK (bron IN ('HANDMATIG', 'VERDEELMODEL', 'VERREKENING', 'ARRANGEMENT')),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    created_by      uuid,
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, bestuur_id) REFERENCES bestuur (swv_id, id),
    CHECK ((bestuur_id IS NULL) = (betaalsoort IS NULL))
);
CREATE INDEX realisatie_boeking_periode_idx ON realisatie_boeking (swv_id, jaar, maand);
CREATE INDEX realisatie_boeking_bestuur_idx ON realisatie_boeking (swv_id, bestuur_id);
REVOKE UPDATE, DELETE, TRUNCATE ON realisatie_boeking FROM ${app_role};

-- Historical actuals per post per year (imported, e.g. from earlier annual accounts).
CREATE TABLE realisatie_historie (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id          uuid          NOT NULL REFERENCES swv (id),
    jaar            integer       NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
    post            text          NOT NULL CHECK (post IN ('RIJKSBIJDRAGE_LICHT', 'RIJKSBIJDRAGE_ZWAAR', 'SUBSIDIE',
                        'OVERIGE_BATEN', 'REGULIER', 'SBO', 'SO', 'WERKGEBIEDEN', 'OZA', 'MANAGEMENT_ORGANISATIE',
                        'UITVOERINGSORGANISATIE', 'OVERIGE_LASTEN')),
    bedrag          numeric(14,2) NOT NULL,
    bron_bestand    text          NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    created_by      uuid,
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, jaar, post)
);

-- Eigen vermogen at the end of a year, with the SWV's own floor and (when bovenmatig) its plan.
CREATE TABLE eigen_vermogen (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id            uuid          NOT NULL REFERENCES swv (id),
    jaar              integer       NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
    bedrag            numeric(14,2) NOT NULL,
    eigen_ondergrens  numeric(14,2) NOT NULL DEFAULT 0 CHECK (eigen_ondergrens >= 0),
    bestedingsplan    text,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    created_by        uuid,
    updated_at        timestamptz,
    updated_by        uuid,
    version           integer       NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, jaar)
);

-- A saved computation: what went in (including the normbedrag versions) and what came out.
CREATE TABLE berekening (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id          uuid        NOT NULL REFERENCES swv (id),
    soort           text        NOT NULL CHECK (soort IN ('BATEN', 'VERDELING', 'BEGROTING')),
    jaar            integer     NOT NULL,
    normbedrag_ids  uuid[]      NOT NULL,
    uitkomst        jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      uuid,
    UNIQUE (swv_id, id)
);
CREATE INDEX berekening_jaar_idx ON berekening (swv_id, soort, jaar);
REVOKE UPDATE, DELETE, TRUNCATE ON berekening FROM ${app_role};

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['normbedrag', 'bekostigingstelling', 'geoormerkte_subsidie', 'verdeelmodel',
            'verdeelmodel_component', 'begroting', 'begroting_prognose', 'begroting_scenario', 'begroting_regel',
            'realisatie_boeking', 'realisatie_historie', 'eigen_vermogen', 'berekening'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (swv_id = current_swv_id()) '
                       'WITH CHECK (swv_id = current_swv_id())', t);
    END LOOP;
END $$;
