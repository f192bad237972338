-- Login hardening: a TOTP code is accepted once (the last used time step is kept), a lock-out that
-- has expired starts the failure count afresh, and open sessions can check that their account is
-- still active.

ALTER TABLE account ADD COLUMN totp_last_step bigint;

CREATE OR REPLACE FUNCTION auth_record_failure(p_username text, p_max_attempts integer, p_lock_minutes integer)
    RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    UPDATE account
       SET failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1
                                  ELSE failed_attempts + 1 END,
           locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN NULL
                               WHEN failed_attempts + 1 >= p_max_attempts
                               THEN now() + make_interval(mins => p_lock_minutes)
                               ELSE locked_until END
     WHERE username = p_username
$$;

-- Marks a TOTP time step as used; false when it (or a later one) was used before: a replay.
CREATE FUNCTION auth_use_totp_step(p_account uuid, p_step bigint) RETURNS boolean
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    WITH used AS (
        UPDATE account SET totp_last_step = p_step
         WHERE id = p_account AND (totp_last_step IS NULL OR totp_last_step < p_step)
        RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM used)
$$;

CREATE FUNCTION auth_account_active(p_account uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT coalesce((SELECT active FROM account WHERE id = p_account), false) $$;

REVOKE ALL ON FUNCTION auth_use_totp_step(uuid, bigint), auth_account_active(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_use_totp_step(uuid, bigint), auth_account_active(uuid) TO ${app_role};
