-- Account security, second round:
-- * an SWV reads only its own swv row; the platform lists names and numbers through a function;
-- * a login attempt is counted before the password is checked, atomically, so parallel guesses
--   cannot get past the lock-out;
-- * a security stamp on the account changes with roles, password, two-factor reset and
--   (de)activation, so open sessions notice and end;
-- * a password chosen by someone else must be changed by its holder at the next login;
-- * the SECURITY DEFINER helpers search only public (then pg_temp) and answer narrow questions;
-- * a role is granted to an account at most once per scope.

DROP POLICY swv_read ON swv;
CREATE POLICY swv_read ON swv FOR SELECT USING (id = current_swv_id());

CREATE FUNCTION platform_list_swv()
    RETURNS TABLE (id uuid, naam text, administratienummer text, sector text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT s.id, s.naam, s.administratienummer, s.sector FROM swv s ORDER BY s.naam $$;

CREATE FUNCTION swv_number_taken(p_nummer text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM swv WHERE administratienummer = p_nummer) $$;

ALTER TABLE account
    ADD COLUMN security_stamp integer NOT NULL DEFAULT 0,
    ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

DROP FUNCTION auth_find_account(text);
CREATE FUNCTION auth_find_account(p_username text)
    RETURNS TABLE (id uuid, swv_id uuid, username text, display_name text, password_hash text,
                   totp_secret text, totp_enabled boolean, active boolean, failed_attempts integer,
                   locked_until timestamptz, platform boolean, must_change_password boolean,
                   security_stamp integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT a.id, a.swv_id, a.username, a.display_name, a.password_hash, a.totp_secret, a.totp_enabled,
           a.active, a.failed_attempts, a.locked_until,
           EXISTS (SELECT 1 FROM platform_role p WHERE p.account_id = a.id),
           a.must_change_password, a.security_stamp
      FROM account a WHERE a.username = p_username
$$;

-- Counts an attempt before the secret is checked. OPEN: go on (the attempt that reaches the maximum
-- sets the lock; a success lifts it again); LOCKED: refuse; UNKNOWN: no such account.
CREATE FUNCTION auth_begin_attempt(p_username text, p_max_attempts integer, p_lock_minutes integer)
    RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE v_id uuid;
BEGIN
    UPDATE account
       SET failed_attempts = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END,
           locked_until = CASE WHEN (CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END)
                                    >= p_max_attempts
                               THEN now() + make_interval(mins => p_lock_minutes) END
     WHERE username = p_username AND (locked_until IS NULL OR locked_until <= now())
    RETURNING id INTO v_id;
    IF v_id IS NOT NULL THEN
        RETURN 'OPEN';
    ELSIF EXISTS (SELECT 1 FROM account WHERE username = p_username) THEN
        RETURN 'LOCKED';
    END IF;
    RETURN 'UNKNOWN';
END $$;

DROP FUNCTION auth_record_failure(text, integer, integer);
DROP FUNCTION auth_account_active(uuid);

-- The stamp of an active account, NULL for a switched-off or removed one.
CREATE FUNCTION auth_account_stamp(p_account uuid) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT security_stamp FROM account WHERE id = p_account AND active $$;

CREATE FUNCTION auth_totp_enabled(p_account uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT coalesce((SELECT totp_enabled FROM account WHERE id = p_account), false) $$;

CREATE FUNCTION auth_account_exists(p_username text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM account WHERE username = p_username) $$;

-- Two-factor can be switched on only while it is off: an existing secret is never overwritten.
CREATE OR REPLACE FUNCTION auth_enable_totp(p_account uuid, p_secret text) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ UPDATE account SET totp_secret = p_secret, totp_enabled = true, totp_last_step = NULL, updated_at = now(),
                         updated_by = p_account, version = version + 1
       WHERE id = p_account AND NOT totp_enabled $$;

-- The holder sets a new password: clears the must-change flag, lifts a lock-out, revokes all tokens
-- and changes the stamp (other sessions end). Returns the new stamp.
CREATE FUNCTION auth_set_own_password(p_account uuid, p_hash text) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE v_stamp integer;
BEGIN
    UPDATE account SET password_hash = p_hash, must_change_password = false, failed_attempts = 0,
                       locked_until = NULL, security_stamp = security_stamp + 1, updated_at = now(),
                       updated_by = p_account, version = version + 1
     WHERE id = p_account RETURNING security_stamp INTO v_stamp;
    UPDATE api_token SET revoked_at = now() WHERE account_id = p_account AND revoked_at IS NULL;
    RETURN v_stamp;
END $$;

ALTER FUNCTION auth_record_success(uuid) SET search_path = public, pg_temp;
ALTER FUNCTION auth_find_token(text) SET search_path = public, pg_temp;
ALTER FUNCTION auth_issue_token(uuid, text, timestamptz) SET search_path = public, pg_temp;
ALTER FUNCTION auth_revoke_token(uuid) SET search_path = public, pg_temp;
ALTER FUNCTION auth_create_platform_account(text, text, text) SET search_path = public, pg_temp;
ALTER FUNCTION auth_platform_account_exists() SET search_path = public, pg_temp;
ALTER FUNCTION auth_use_totp_step(uuid, bigint) SET search_path = public, pg_temp;

REVOKE ALL ON FUNCTION platform_list_swv(), swv_number_taken(text), auth_find_account(text),
    auth_begin_attempt(text, integer, integer), auth_account_stamp(uuid), auth_totp_enabled(uuid),
    auth_account_exists(text), auth_set_own_password(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION platform_list_swv(), swv_number_taken(text), auth_find_account(text),
    auth_begin_attempt(text, integer, integer), auth_account_stamp(uuid), auth_totp_enabled(uuid),
    auth_account_exists(text), auth_set_own_password(uuid, text) TO ${app_role};

ALTER TABLE role_assignment ADD CONSTRAINT role_assignment_once
    UNIQUE NULLS NOT DISTINCT (account_id, role, school_id, bestuur_id, werkgebied_id, gemeente_id);
