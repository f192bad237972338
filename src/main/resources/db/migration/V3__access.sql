-- Accounts, role assignments with scope, API tokens and the login helpers.
-- account and api_token are tenant tables under row-level security; the login steps that must find
-- an account before its tenant is known go through the SECURITY DEFINER functions below, which
-- each answer one exact question (one username, one token hash) and never list accounts.

CREATE TABLE account (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id           uuid REFERENCES swv (id),           -- NULL only for platform accounts
    username         text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name     text        NOT NULL CHECK (length(trim(display_name)) > 0),
    email            text,
    password_hash    text        NOT NULL,
    totp_secret      text,
    totp_enabled     boolean     NOT NULL DEFAULT false,
    active           boolean     NOT NULL DEFAULT true,
    failed_attempts  integer     NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    last_login_at    timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       uuid,
    updated_at       timestamptz,
    updated_by       uuid,
    version          integer     NOT NULL DEFAULT 0,
    UNIQUE (swv_id, id),
    CHECK (NOT totp_enabled OR totp_secret IS NOT NULL)
);
CREATE INDEX account_swv_idx ON account (swv_id);

CREATE TABLE role_assignment (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    swv_id         uuid        NOT NULL REFERENCES swv (id),
    account_id     uuid        NOT NULL,
    role           text        NOT NULL,
    school_id      uuid,
    bestuur_id     uuid,
    werkgebied_id  uuid,
    gemeente_id    uuid,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     uuid,
    FOREIGN KEY (swv_id, account_id) REFERENCES account (swv_id, id) ON DELETE CASCADE,
    FOREIGN KEY (swv_id, school_id) REFERENCES school (swv_id, id),
    FOREIGN KEY (swv_id, bestuur_id) REFERENCES bestuur (swv_id, id),
    FOREIGN KEY (swv_id, werkgebied_id) REFERENCES werkgebied (swv_id, id),
    FOREIGN KEY (swv_id, gemeente_id) REFERENCES gemeente (swv_id, id),
    CHECK (num_nonnulls(school_id, bestuur_id, werkgebied_id, gemeente_id) <= 1)
);
CREATE INDEX role_assignment_account_idx ON role_assignment (swv_id, account_id);
CREATE INDEX role_assignment_school_idx ON role_assignment (swv_id, school_id);
CREATE INDEX role_assignment_bestuur_idx ON role_assignment (swv_id, bestuur_id);
CREATE INDEX role_assignment_werkgebied_idx ON role_assignment (swv_id, werkgebied_id);
CREATE INDEX role_assignment_gemeente_idx ON role_assignment (swv_id, gemeente_id);

-- Platform accounts have no tenant; their single role lives on the account row.
CREATE TABLE platform_role (
    account_id  uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    role        text NOT NULL CHECK (role = 'PLATFORM')
);
REVOKE ALL ON platform_role FROM ${app_role};

CREATE TABLE api_token (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id  uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    swv_id      uuid        REFERENCES swv (id),
    token_hash  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX api_token_account_idx ON api_token (account_id);
CREATE INDEX api_token_swv_idx ON api_token (swv_id);

ALTER TABLE account ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON account USING (swv_id = current_swv_id()) WITH CHECK (swv_id = current_swv_id());
ALTER TABLE role_assignment ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON role_assignment USING (swv_id = current_swv_id()) WITH CHECK (swv_id = current_swv_id());
ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_token USING (swv_id = current_swv_id()) WITH CHECK (swv_id = current_swv_id());

-- Login lookup: one account by exact username.
CREATE FUNCTION auth_find_account(p_username text)
    RETURNS TABLE (id uuid, swv_id uuid, username text, display_name text, password_hash text,
                   totp_secret text, totp_enabled boolean, active boolean, failed_attempts integer,
                   locked_until timestamptz, platform boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT a.id, a.swv_id, a.username, a.display_name, a.password_hash, a.totp_secret, a.totp_enabled,
           a.active, a.failed_attempts, a.locked_until, EXISTS (SELECT 1 FROM platform_role p WHERE p.account_id = a.id)
      FROM account a WHERE a.username = p_username
$$;

-- A failed password: count it and lock the account for p_lock_minutes once p_max_attempts is reached.
CREATE FUNCTION auth_record_failure(p_username text, p_max_attempts integer, p_lock_minutes integer)
    RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    UPDATE account
       SET failed_attempts = failed_attempts + 1,
           locked_until = CASE WHEN failed_attempts + 1 >= p_max_attempts
                               THEN now() + make_interval(mins => p_lock_minutes) ELSE locked_until END
     WHERE username = p_username
$$;

CREATE FUNCTION auth_record_success(p_account uuid)
    RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE id = p_account
$$;

-- Bearer token lookup: one live token by the SHA-256 of its value, with its (active) account.
CREATE FUNCTION auth_find_token(p_hash text)
    RETURNS TABLE (token_id uuid, account_id uuid, swv_id uuid, username text, display_name text,
                   expires_at timestamptz, platform boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT t.id, a.id, a.swv_id, a.username, a.display_name, t.expires_at,
           EXISTS (SELECT 1 FROM platform_role p WHERE p.account_id = a.id)
      FROM api_token t JOIN account a ON a.id = t.account_id
     WHERE t.token_hash = p_hash AND t.revoked_at IS NULL AND t.expires_at > now() AND a.active
$$;

-- Tokens of platform accounts have no tenant; they are issued and revoked through these helpers.
CREATE FUNCTION auth_issue_token(p_account uuid, p_hash text, p_expires timestamptz)
    RETURNS uuid
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    INSERT INTO api_token (account_id, swv_id, token_hash, expires_at)
    SELECT a.id, a.swv_id, p_hash, p_expires FROM account a WHERE a.id = p_account
    RETURNING id
$$;

CREATE FUNCTION auth_revoke_token(p_token uuid)
    RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    UPDATE api_token SET revoked_at = now() WHERE id = p_token AND revoked_at IS NULL
$$;

-- Creates a platform account (no tenant); used by the start-up bootstrap and the demo loader.
CREATE FUNCTION auth_create_platform_account(p_username text, p_display_name text, p_hash text)
    RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
DECLARE v_id uuid;
BEGIN
    INSERT INTO account (swv_id, username, display_name, password_hash)
    VALUES (NULL, p_username, p_display_name, p_hash) RETURNING id INTO v_id;
    INSERT INTO platform_role (account_id, role) VALUES (v_id, 'PLATFORM');
    RETURN v_id;
END $$;

CREATE FUNCTION auth_platform_account_exists() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM platform_role) $$;

REVOKE ALL ON FUNCTION auth_create_platform_account(text, text, text), auth_platform_account_exists() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_create_platform_account(text, text, text), auth_platform_account_exists() TO ${app_role};

-- Two-factor set-up by the account holder (also platform accounts, which have no tenant).
CREATE FUNCTION auth_enable_totp(p_account uuid, p_secret text) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$ UPDATE account SET totp_secret = p_secret, totp_enabled = true, updated_at = now(), updated_by = p_account,
                         version = version + 1 WHERE id = p_account $$;
REVOKE ALL ON FUNCTION auth_enable_totp(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_enable_totp(uuid, text) TO ${app_role};

REVOKE ALL ON FUNCTION auth_find_account(text), auth_record_failure(text, integer, integer),
    auth_record_success(uuid), auth_find_token(text), auth_issue_token(uuid, text, timestamptz),
    auth_revoke_token(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_find_account(text), auth_record_failure(text, integer, integer),
    auth_record_success(uuid), auth_find_token(text), auth_issue_token(uuid, text, timestamptz),
    auth_revoke_token(uuid) TO ${app_role};
