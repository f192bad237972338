-- A platform account created from start-up settings (an operator-chosen password in the environment)
-- must choose its own password at the first login, like every account whose password someone else chose.
CREATE FUNCTION auth_create_platform_account(p_username text, p_display_name text, p_hash text,
                                             p_must_change_password boolean)
    RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE v_id uuid;
BEGIN
    v_id := auth_create_platform_account(p_username, p_display_name, p_hash);
    UPDATE account SET must_change_password = p_must_change_password WHERE id = v_id;
    RETURN v_id;
END $$;
REVOKE ALL ON FUNCTION auth_create_platform_account(text, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_create_platform_account(text, text, text, boolean) TO ${app_role};
