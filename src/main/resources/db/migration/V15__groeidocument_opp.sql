-- Groeidocument (immutable versions), attachments, the parents' consent records and the OPP (WPO art. 40a).

CREATE TABLE groeidocument_versie (
    id                                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                             uuid        NOT NULL REFERENCES swv (id),
    leerling_id                        uuid        NOT NULL,
    nummer                             integer     NOT NULL CHECK (nummer > 0),
    vraag_kind                         text,
    vraag_ouders                       text,
    vraag_school                       text,
    vraag_zorgpartners                 text,
    bevorderende_factoren              text,
    belemmerende_factoren              text,
    onderwijsbehoeften                 text,
    ondersteuningsbehoefte_leerkracht  text,
    cruciale_doelen                    text,
    ingezet_en_resultaat               text,
    aanwezigheid                       text,
    created_at                         timestamptz NOT NULL DEFAULT now(),
    created_by                         uuid,
    created_by_naam                    text,
    UNIQUE (swv_id, id),
    UNIQUE (leerling_id, nummer),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id) ON DELETE CASCADE
);
CREATE INDEX groeidocument_versie_leerling_idx ON groeidocument_versie (swv_id, leerling_id);
REVOKE UPDATE, TRUNCATE ON groeidocument_versie FROM ${app_role};

CREATE TABLE groeidocument_bijlage (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id        uuid        NOT NULL REFERENCES swv (id),
    leerling_id   uuid        NOT NULL,
    naam          text        NOT NULL,
    mime_type     text        NOT NULL,
    grootte       integer     NOT NULL CHECK (grootte > 0),
    inhoud        bytea       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    uuid,
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id) ON DELETE CASCADE
);
CREATE INDEX groeidocument_bijlage_leerling_idx ON groeidocument_bijlage (swv_id, leerling_id);

-- Append-only: the latest record (volgnr) per subject and recipient counts.
CREATE TABLE toestemming (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    volgnr        bigint      GENERATED ALWAYS AS IDENTITY,
    swv_id        uuid        NOT NULL REFERENCES swv (id),
    leerling_id   uuid        NOT NULL,
    onderwerp     text        NOT NULL CHECK (onderwerp IN ('BIJLAGE', 'OPP_HANDELINGSDEEL', 'GROEIDOCUMENT')),
    onderwerp_id  uuid,
    ontvanger     text        CHECK (ontvanger IN ('SWV', 'CONSULENT', 'DESKUNDIGE', 'ZORGPARTNER', 'BESTUUR')),
    gegeven       boolean     NOT NULL,
    reden         text,
    door          text,
    door_account  uuid,
    op            date        NOT NULL,
    bron          text        NOT NULL CHECK (bron IN ('UI', 'OSO')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    uuid,
    UNIQUE (swv_id, id),
    CHECK (onderwerp = 'OPP_HANDELINGSDEEL' OR ontvanger IS NOT NULL),
    CHECK (onderwerp = 'GROEIDOCUMENT' OR onderwerp_id IS NOT NULL),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id) ON DELETE CASCADE
);
CREATE INDEX toestemming_leerling_idx ON toestemming (swv_id, leerling_id);
CREATE INDEX toestemming_onderwerp_idx ON toestemming (onderwerp_id, ontvanger, volgnr);
REVOKE UPDATE, TRUNCATE ON toestemming FROM ${app_role};

CREATE TABLE opp (
    id                           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                       uuid        NOT NULL REFERENCES swv (id),
    leerling_id                  uuid        NOT NULL,
    school_id                    uuid        NOT NULL,
    ingeschreven_op              date        NOT NULL,
    status                       text        NOT NULL DEFAULT 'CONCEPT' CHECK (status IN ('CONCEPT', 'VASTGESTELD')),
    vastgesteld_op               date,
    volgende_evaluatie           date,
    handelingsdeel_gewijzigd_at  timestamptz NOT NULL DEFAULT now(),
    created_at                   timestamptz NOT NULL DEFAULT now(),
    created_by                   uuid,
    updated_at                   timestamptz,
    updated_by                   uuid,
    version                      integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    UNIQUE (swv_id, leerling_id, school_id),
    CHECK (status = 'CONCEPT' OR vastgesteld_op IS NOT NULL),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id) ON DELETE CASCADE,
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id)
);
CREATE INDEX opp_leerling_idx ON opp (swv_id, leerling_id);
CREATE INDEX opp_school_idx ON opp (swv_id, school_id);

CREATE TABLE opp_versie (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id               uuid        NOT NULL REFERENCES swv (id),
    opp_id               uuid        NOT NULL,
    nummer               integer     NOT NULL CHECK (nummer > 0),
    ingeschreven_op      date        NOT NULL,
    uitstroombestemming  text,
    onderbouwing         text,
    ondersteuning        text,
    afwijkingen          text,
    visie_leerling       text,
    weging_visie         text,
    handelingsdeel       text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           uuid,
    created_by_naam      text,
    UNIQUE (swv_id, id),
    UNIQUE (opp_id, nummer),
    FOREIGN KEY (swv_id, opp_id) REFERENCES opp (swv_id, id) ON DELETE CASCADE
);
CREATE INDEX opp_versie_opp_idx ON opp_versie (swv_id, opp_id);
REVOKE UPDATE, TRUNCATE ON opp_versie FROM ${app_role};

CREATE TABLE opp_evaluatie (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id        uuid        NOT NULL REFERENCES swv (id),
    opp_id        uuid        NOT NULL,
    datum         date        NOT NULL,
    met_ouders    boolean     NOT NULL,
    met_leerling  boolean     NOT NULL,
    anderen       text,
    uitkomst      text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    uuid,
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, opp_id) REFERENCES opp (swv_id, id) ON DELETE CASCADE
);
CREATE INDEX opp_evaluatie_opp_idx ON opp_evaluatie (swv_id, opp_id);
REVOKE UPDATE, TRUNCATE ON opp_evaluatie FROM ${app_role};

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['groeidocument_versie', 'groeidocument_bijlage', 'toestemming', 'opp', 'opp_versie',
            'opp_evaluatie'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (swv_id = current_swv_id()) '
                       'WITH CHECK (swv_id = current_swv_id())', t);
    END LOOP;
END $$;
