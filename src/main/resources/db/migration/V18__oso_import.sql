-- OSO 'aanvraag SWV-dossier' imports: one row per imported document (by its SHA-256), with the records it
-- created or updated, so the same document never creates anything twice and a later dossier of the same
-- pupil (same school + LAS leerlingid) updates that pupil. No bsn or onderwijsnummer is ever stored.
CREATE TABLE oso_import (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id                  uuid        NOT NULL REFERENCES swv (id),
    sha256                  text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    overstap                text        NOT NULL CHECK (overstap IN ('POSWV', 'VOSWV')),
    dossier_datum           date,
    school_id               uuid        NOT NULL,
    las_leerling_id         text,
    leerling_id             uuid        NOT NULL,
    leerling_nieuw          boolean     NOT NULL,
    groeidocument_versie_id uuid,
    aanvraag_id             uuid,
    bijlagen                integer     NOT NULL DEFAULT 0 CHECK (bijlagen >= 0),
    toestemmingen           integer     NOT NULL DEFAULT 0 CHECK (toestemmingen >= 0),
    created_at              timestamptz NOT NULL DEFAULT now(),
    created_by              uuid,
    UNIQUE (swv_id, sha256),
    UNIQUE (swv_id, id),
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id),
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id) ON DELETE CASCADE,
    FOREIGN KEY (swv_id, groeidocument_versie_id) REFERENCES groeidocument_versie (swv_id, id)
        ON DELETE SET NULL (groeidocument_versie_id),
    FOREIGN KEY (swv_id, aanvraag_id) REFERENCES ondersteuningsaanvraag (swv_id, id) ON DELETE SET NULL (aanvraag_id)
);
CREATE INDEX oso_import_school_idx ON oso_import (swv_id, school_id, las_leerling_id);
CREATE INDEX oso_import_leerling_idx ON oso_import (swv_id, leerling_id);
CREATE INDEX oso_import_groeidocument_idx ON oso_import (swv_id, groeidocument_versie_id);
CREATE INDEX oso_import_aanvraag_idx ON oso_import (swv_id, aanvraag_id);

-- Attachments taken over, by the SHA-256 of their content per pupil: a re-import stores none twice.
CREATE TABLE oso_import_bijlage (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id      uuid NOT NULL REFERENCES swv (id),
    import_id   uuid NOT NULL,
    leerling_id uuid NOT NULL,
    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    bijlage_id  uuid NOT NULL,
    UNIQUE (swv_id, leerling_id, sha256),
    FOREIGN KEY (swv_id, import_id) REFERENCES oso_import (swv_id, id) ON DELETE CASCADE,
    FOREIGN KEY (swv_id, leerling_id) REFERENCES leerling (swv_id, id) ON DELETE CASCADE,
    FOREIGN KEY (swv_id, bijlage_id) REFERENCES groeidocument_bijlage (swv_id, id) ON DELETE CASCADE
);
CREATE INDEX oso_import_bijlage_import_idx ON oso_import_bijlage (swv_id, import_id);
CREATE INDEX oso_import_bijlage_bijlage_idx ON oso_import_bijlage (swv_id, bijlage_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['oso_import', 'oso_import_bijlage'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (swv_id = current_swv_id()) '
                       'WITH CHECK (swv_id = current_swv_id())', t);
    END LOOP;
END $$;
