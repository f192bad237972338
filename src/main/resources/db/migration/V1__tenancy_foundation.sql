-- Tenancy foundation. Flyway runs as the schema owner; the application connects as ${app_role},
-- which owns nothing, so the row-level security policies below apply to every query it sends.
-- The role itself is created outside the migrations (embedded start-up or the DBA, see README).

GRANT USAGE ON SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};

-- The tenant of the current transaction, set by the application with
-- set_config('passend.swv_id', <uuid>, true) at the start of every transaction.
-- No setting (or an empty one) yields NULL, so a forgotten context sees nothing.
CREATE FUNCTION current_swv_id() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('passend.swv_id', true), '')::uuid $$;

-- The tenant register itself: names and numbers only, no tenant data.
CREATE TABLE swv (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    naam                  text        NOT NULL CHECK (length(trim(naam)) > 0),
    administratienummer   text        NOT NULL UNIQUE CHECK (administratienummer ~ '^(PO|VO)[0-9]{4}$'),
    sector                text        NOT NULL CHECK (sector IN ('PO', 'VO')),
    adres                 text,
    directeur_naam        text,
    bestuur_naam          text,
    created_at            timestamptz NOT NULL DEFAULT now(),
    created_by            uuid,
    updated_at            timestamptz,
    updated_by            uuid,
    version               integer     NOT NULL DEFAULT 0,
    CHECK (substr(administratienummer, 1, 2) = sector)
);
