-- Finance guards (ADR 0008: what computations cite is immutable). V12 left three holes that the
-- application role could use past the services; the triggers below close them.

-- 1. A normbedrag is evidence for the computations that name it. The only change ever made to a row
-- is marking it as replaced by its correction, once: vervangen_door and vervangen_op go from NULL to
-- a value (never to the row itself) and nothing else changes. The correction is inserted after the
-- old row is marked (NormbedragService.correct), so the foreign key to the successor may wait until
-- the end of that transaction: the service defers it with SET CONSTRAINTS.
ALTER TABLE normbedrag ALTER CONSTRAINT normbedrag_swv_id_vervangen_door_fkey DEFERRABLE INITIALLY IMMEDIATE;

CREATE FUNCTION normbedrag_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.vervangen_door IS NULL AND NEW.vervangen_door IS NOT NULL AND NEW.vervangen_door <> OLD.id
            AND NEW.vervangen_op IS NOT NULL
            AND (to_jsonb(NEW) - 'vervangen_door' - 'vervangen_op')
              = (to_jsonb(OLD) - 'vervangen_door' - 'vervangen_op') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'normbedrag % is immutable: a correction adds a new version', OLD.id
        USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER normbedrag_immutable BEFORE UPDATE ON normbedrag
    FOR EACH ROW EXECUTE FUNCTION normbedrag_guard();

-- 2. The verdeelmodel: after the OPR's consent its content is what the OPR agreed to. A model with
-- consent may only be vastgesteld (status, vastgesteld_op/door, vervangt_id and the bookkeeping
-- columns change); it never goes back to concept. A concept moves on only to OPR_INSTEMMING.
-- A vastgesteld model stays immutable except for becoming vervangen (as in V12).
CREATE OR REPLACE FUNCTION verdeelmodel_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'CONCEPT' THEN
        IF NEW.status IN ('CONCEPT', 'OPR_INSTEMMING') THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'verdeelmodel % is a concept: it needs the OPR''s consent first', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status = 'OPR_INSTEMMING' THEN
        IF NEW.status = 'VASTGESTELD' AND NEW.vastgesteld_op IS NOT NULL AND NEW.vastgesteld_door IS NOT NULL
                AND (to_jsonb(NEW) - 'status' - 'vastgesteld_op' - 'vastgesteld_door' - 'vervangt_id'
                        - 'updated_at' - 'updated_by' - 'version')
                  = (to_jsonb(OLD) - 'status' - 'vastgesteld_op' - 'vastgesteld_door' - 'vervangt_id'
                        - 'updated_at' - 'updated_by' - 'version') THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'verdeelmodel % has the OPR''s consent and is immutable except for vaststellen', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status = 'VASTGESTELD' AND NEW.status = 'VERVANGEN'
            AND (to_jsonb(NEW) - 'status' - 'updated_at' - 'updated_by' - 'version')
              = (to_jsonb(OLD) - 'status' - 'updated_at' - 'updated_by' - 'version') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'verdeelmodel % is vastgesteld and immutable', OLD.id USING ERRCODE = 'check_violation';
END $$;

-- 3. A vastgestelde begroting is final: its row, prognoses and scenarios no longer change (its
-- begroting_regel rows are already append-only, V12). Inserting the lines at vaststellen is allowed.
CREATE FUNCTION begroting_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'VASTGESTELD' THEN
        RAISE EXCEPTION 'begroting % is vastgesteld and immutable', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER begroting_immutable BEFORE UPDATE OR DELETE ON begroting
    FOR EACH ROW EXECUTE FUNCTION begroting_guard();

CREATE FUNCTION begroting_onderdeel_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s text;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT status INTO s FROM begroting WHERE id = OLD.begroting_id;
        IF s = 'VASTGESTELD' THEN
            RAISE EXCEPTION 'the % of a vastgestelde begroting are immutable', TG_TABLE_NAME
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT status INTO s FROM begroting WHERE id = NEW.begroting_id;
        IF s = 'VASTGESTELD' THEN
            RAISE EXCEPTION 'the % of a vastgestelde begroting are immutable', TG_TABLE_NAME
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER begroting_prognose_immutable BEFORE INSERT OR UPDATE OR DELETE ON begroting_prognose
    FOR EACH ROW EXECUTE FUNCTION begroting_onderdeel_guard();
CREATE TRIGGER begroting_scenario_immutable BEFORE INSERT OR UPDATE OR DELETE ON begroting_scenario
    FOR EACH ROW EXECUTE FUNCTION begroting_onderdeel_guard();
