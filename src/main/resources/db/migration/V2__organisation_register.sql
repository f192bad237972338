-- The register of an SWV: werkgebieden, schoolbesturen, gemeenten, scholen and leerlingtellingen.
-- Every table carries swv_id and is guarded by row-level security on current_swv_id().
-- References between tenant tables include swv_id, so a row can never point into another SWV
-- (foreign-key checks bypass row-level security, composite keys do not).

CREATE TABLE werkgebied (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id      uuid        NOT NULL REFERENCES swv (id),
    naam        text        NOT NULL CHECK (length(trim(naam)) > 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  uuid,
    updated_at  timestamptz,
    updated_by  uuid,
    version     integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, naam),
    UNIQUE (swv_id, id)
);

CREATE TABLE bestuur (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                 uuid        NOT NULL REFERENCES swv (id),
    naam                   text        NOT NULL CHECK (length(trim(naam)) > 0),
    bevoegd_gezag_nummer   text        NOT NULL CHECK (bevoegd_gezag_nummer ~ '^[0-9]{5}$'),
    iban                   text        CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    created_at             timestamptz NOT NULL DEFAULT now(),
    created_by             uuid,
    updated_at             timestamptz,
    updated_by             uuid,
    version                integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, bevoegd_gezag_nummer),
    UNIQUE (swv_id, id)
);

CREATE TABLE gemeente (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id      uuid        NOT NULL REFERENCES swv (id),
    naam        text        NOT NULL CHECK (length(trim(naam)) > 0),
    cbs_code    text        NOT NULL CHECK (cbs_code ~ '^[0-9]{4}$'),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  uuid,
    updated_at  timestamptz,
    updated_by  uuid,
    version     integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, cbs_code),
    UNIQUE (swv_id, id)
);

CREATE TABLE school (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id            uuid        NOT NULL REFERENCES swv (id),
    brin              text        NOT NULL CHECK (brin ~ '^[0-9]{2}[A-Z]{2}$'),
    vestigingsnummer  text        NOT NULL CHECK (vestigingsnummer ~ '^[0-9]{2}$'),
    naam              text        NOT NULL CHECK (length(trim(naam)) > 0),
    soort             text        NOT NULL CHECK (soort IN ('BAO', 'SBO', 'SO')),
    cluster           smallint    CHECK (cluster IN (3, 4)),
    bestuur_id        uuid        NOT NULL,
    werkgebied_id     uuid,
    gemeente_id       uuid,
    adres             text,
    plaats            text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        uuid,
    updated_at        timestamptz,
    updated_by        uuid,
    version           integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, brin, vestigingsnummer),
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, bestuur_id) REFERENCES bestuur (swv_id, id),
    FOREIGN KEY (swv_id, werkgebied_id) REFERENCES werkgebied (swv_id, id),
    FOREIGN KEY (swv_id, gemeente_id) REFERENCES gemeente (swv_id, id),
    CHECK ((soort = 'SO') = (cluster IS NOT NULL))
);
CREATE INDEX school_bestuur_idx ON school (swv_id, bestuur_id);
CREATE INDEX school_werkgebied_idx ON school (swv_id, werkgebied_id);
CREATE INDEX school_gemeente_idx ON school (swv_id, gemeente_id);

CREATE TABLE leerlingtelling (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id      uuid        NOT NULL REFERENCES swv (id),
    school_id   uuid        NOT NULL,
    teldatum    date        NOT NULL,
    aantal      integer     NOT NULL CHECK (aantal >= 0),
    bron        text        NOT NULL CHECK (bron IN ('DUO', 'HANDMATIG')),
    status      text        NOT NULL CHECK (status IN ('VOORLOPIG', 'DEFINITIEF')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  uuid,
    updated_at  timestamptz,
    updated_by  uuid,
    version     integer     NOT NULL DEFAULT 0,
    UNIQUE (school_id, teldatum),
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id)
);
CREATE INDEX leerlingtelling_swv_idx ON leerlingtelling (swv_id, teldatum);
CREATE INDEX leerlingtelling_school_idx ON leerlingtelling (swv_id, school_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['werkgebied', 'bestuur', 'gemeente', 'school', 'leerlingtelling'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (swv_id = current_swv_id()) '
                       'WITH CHECK (swv_id = current_swv_id())', t);
    END LOOP;
END $$;
