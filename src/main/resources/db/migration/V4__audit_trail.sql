-- The audit trail: who did what to which subject, when; never content.
-- The application may add and read (its own tenant's) events, never change or remove them.
CREATE TABLE audit_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    swv_id        uuid REFERENCES swv (id),
    occurred_at   timestamptz NOT NULL DEFAULT now(),
    account_id    uuid,
    actor         text,                 -- the username at the time, so the trail reads without joins
    action        text        NOT NULL,
    subject_type  text,
    subject_id    text,
    outcome       text        NOT NULL DEFAULT 'SUCCESS' CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILURE')),
    client_ip     text
);
CREATE INDEX audit_event_swv_time_idx ON audit_event (swv_id, occurred_at DESC);
CREATE INDEX audit_event_account_idx ON audit_event (swv_id, account_id, occurred_at DESC);
CREATE INDEX audit_event_subject_idx ON audit_event (swv_id, subject_type, subject_id);

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${app_role};

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON audit_event FOR SELECT USING (swv_id = current_swv_id());
-- Events without a tenant (a failed login for an unknown name, platform actions) may be written by
-- anyone but read by no tenant.
CREATE POLICY audit_write ON audit_event FOR INSERT WITH CHECK (swv_id IS NULL OR swv_id = current_swv_id());
