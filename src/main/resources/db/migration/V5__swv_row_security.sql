-- The tenant register under row-level security too: anyone may read names and numbers (the
-- platform lists them, users see their own), but a row can only be created or changed while running
-- as that very tenant (onboarding runs as the new tenant), and never deleted by the application.
ALTER TABLE swv ENABLE ROW LEVEL SECURITY;
CREATE POLICY swv_read ON swv FOR SELECT USING (true);
CREATE POLICY swv_insert ON swv FOR INSERT WITH CHECK (id = current_swv_id());
CREATE POLICY swv_update ON swv FOR UPDATE USING (id = current_swv_id()) WITH CHECK (id = current_swv_id());
REVOKE DELETE, TRUNCATE ON swv FROM ${app_role};
