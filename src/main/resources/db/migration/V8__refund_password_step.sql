-- A right password before the TOTP step gives its counted attempt back, so an account with two-factor
-- is not locked one attempt earlier than one without; the TOTP guesses themselves still count.
CREATE FUNCTION auth_refund_attempt(p_account uuid, p_max_attempts integer) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    UPDATE account
       SET failed_attempts = greatest(failed_attempts - 1, 0),
           locked_until = CASE WHEN failed_attempts - 1 < p_max_attempts THEN NULL ELSE locked_until END
     WHERE id = p_account
$$;
REVOKE ALL ON FUNCTION auth_refund_attempt(uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_refund_attempt(uuid, integer) TO ${app_role};
