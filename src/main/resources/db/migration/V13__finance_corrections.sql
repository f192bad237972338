-- A correction (tegenboeking) names the booking it corrects. realisatie_boeking is append-only for the
-- application role (no UPDATE), so the link lives on the correcting row. One booking has at most one
-- correction (the unique partial index, which is also the index for the foreign key: a lookup by
-- corrigeert_id = x implies corrigeert_id IS NOT NULL); that a correction is not itself corrected is
-- checked by RealisatieService.corrigeer.
ALTER TABLE realisatie_boeking ADD COLUMN corrigeert_id uuid;
ALTER TABLE realisatie_boeking
    ADD CONSTRAINT realisatie_boeking_corrigeert_fk FOREIGN KEY (swv_id, corrigeert_id)
        REFERENCES realisatie_boeking (swv_id, id);
ALTER TABLE realisatie_boeking
    ADD CONSTRAINT realisatie_boeking_corrigeert_niet_zelf CHECK (corrigeert_id IS NULL OR corrigeert_id <> id);
CREATE UNIQUE INDEX realisatie_boeking_een_correctie_idx ON realisatie_boeking (swv_id, corrigeert_id)
    WHERE corrigeert_id IS NOT NULL;
