-- Provider invoices against arrangements and the monthly settlement (verrekening) per schoolbestuur
-- (issue 4, PRODUCT.md 3.3). No pupil data: beschikkingsnummers, schools and amounts only.

-- A provider's invoice, registered as received (append-only: a wrong registration is answered by the
-- provider with a credit invoice, a negative amount). arrangement_id is the arrangement that had the
-- beschikkingsnummer at registration; null = unknown number (signal ONBEKEND_NUMMER).
CREATE TABLE factuur (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id              uuid          NOT NULL REFERENCES swv (id),
    beschikkingsnummer  text          NOT NULL CHECK (length(trim(beschikkingsnummer)) > 0),
    arrangement_id      uuid,
    aanbieder           text          NOT NULL CHECK (length(trim(aanbieder)) > 0),
    factuurnummer       text          NOT NULL CHECK (length(trim(factuurnummer)) > 0),
    factuurdatum        date          NOT NULL,
    periode_van         date          NOT NULL,
    periode_tot         date          NOT NULL,
    bedrag              numeric(14,2) NOT NULL CHECK (bedrag <> 0),
    omschrijving        text,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    created_by          uuid,
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, aanbieder, factuurnummer),
    FOREIGN KEY (swv_id, arrangement_id) REFERENCES arrangement (swv_id, id),
    CHECK (periode_tot >= periode_van)
);
CREATE INDEX factuur_arrangement_idx ON factuur (swv_id, arrangement_id);
CREATE INDEX factuur_created_idx ON factuur (swv_id, created_at);
REVOKE UPDATE, DELETE, TRUNCATE ON factuur FROM ${app_role};

-- A vastgestelde monthly settlement of a bestuur: written once (with its lines) when the month is
-- vastgesteld and booked into the realisation; never changed, so the statement of a past month is
-- always reproduced from these rows. boeking_ids are the realisatie_boeking rows it booked.
CREATE TABLE verrekening (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id          uuid          NOT NULL REFERENCES swv (id),
    bestuur_id      uuid          NOT NULL,
    jaar            integer       NOT NULL CHECK (jaar BETWEEN 2014 AND 2100),
    maand           integer       NOT NULL CHECK (maand BETWEEN 1 AND 12),
    totaal          numeric(14,2) NOT NULL,
    boeking_ids     uuid[]        NOT NULL DEFAULT '{}',
    created_at      timestamptz   NOT NULL DEFAULT now(),
    created_by      uuid,
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, bestuur_id, jaar, maand),
    FOREIGN KEY (swv_id, bestuur_id) REFERENCES bestuur (swv_id, id)
);
REVOKE UPDATE, DELETE, TRUNCATE ON verrekening FROM ${app_role};

-- A line of a vastgestelde settlement, with the arrangement's terms as they were when vastgesteld.
CREATE TABLE verrekening_regel (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id              uuid          NOT NULL REFERENCES swv (id),
    verrekening_id      uuid          NOT NULL,
    volgorde            integer       NOT NULL,
    arrangement_id      uuid          NOT NULL,
    beschikkingsnummer  text          NOT NULL,
    soort               text          NOT NULL,
    aanbieder           text          NOT NULL,
    school_id           uuid          NOT NULL,
    school_naam         text          NOT NULL,
    start_op            date          NOT NULL,
    eind_op             date          NOT NULL,
    arrangement_bedrag  numeric(14,2) NOT NULL,
    post                text          NOT NULL,
    maanddeel           numeric(14,2) NOT NULL,
    correctie           numeric(14,2) NOT NULL,
    bedrag              numeric(14,2) NOT NULL CHECK (bedrag = maanddeel + correctie),
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, verrekening_id, arrangement_id),
    FOREIGN KEY (swv_id, verrekening_id) REFERENCES verrekening (swv_id, id),
    FOREIGN KEY (swv_id, arrangement_id) REFERENCES arrangement (swv_id, id),
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id)
);
CREATE INDEX verrekening_regel_arrangement_idx ON verrekening_regel (swv_id, arrangement_id);
CREATE INDEX verrekening_regel_school_idx ON verrekening_regel (swv_id, school_id);
REVOKE UPDATE, DELETE, TRUNCATE ON verrekening_regel FROM ${app_role};

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['factuur', 'verrekening', 'verrekening_regel'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (swv_id = current_swv_id()) '
                       'WITH CHECK (swv_id = current_swv_id())', t);
    END LOOP;
END $$;
