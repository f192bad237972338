package nl.passend.tlv;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.shared.TenantContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the health data of TLV requests once the retention term has passed (WPO art. 18a lid 13:
 * three years after the decision, a tenant setting): the content of attachments marked as health data,
 * the motivation of the deskundigenadviezen, the request's grounds, MDO outcome, parents' view, reason
 * to proceed without consent and the question for more information, and the decision's motivation.
 * What stays is the skeleton of the legal record (who asked, advised and decided, when, with which
 * outcome, type, category and period) and the beschikking as sent: the decision itself, which the SWV
 * must keep as an Awb decision (see docs/specs/tlv.md). A withdrawn request counts from its withdrawal.
 * Every deletion is logged by id in {@code bewaartermijn_log}; nothing about the content is logged.
 */
@Component
public class HealthDataRetention {

    private static final Logger LOG = LoggerFactory.getLogger(HealthDataRetention.class);

    private final JdbcClient jdbc;
    private final TlvSettingsService settings;

    HealthDataRetention(JdbcClient jdbc, TlvSettingsService settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Purges the current tenant's expired health data as of {@code today}; returns the number of items deleted. */
    @Transactional
    public int purge(LocalDate today) {
        UUID swvId = TenantContext.current().orElseThrow();
        int years = settings.current(swvId).bewaartermijnJaren();
        // The term counts from the newest decision; the date arithmetic is Terms.healthDataRetentionEnd in SQL form.
        String expired = """
                SELECT a.id FROM tlv_aanvraag a
                 WHERE (a.status = 'BESLOTEN' AND (SELECT max(b.besluitdatum) FROM tlv_besluit b WHERE b.aanvraag_id = a.id)
                            + make_interval(years => ?) <= ?)
                    OR (a.status = 'INGETROKKEN' AND a.updated_at::date + make_interval(years => ?) <= ?)""";
        List<UUID> aanvragen = jdbc.sql(expired).params(years, today, years, today).query(UUID.class).list();
        int deleted = 0;
        for (UUID aanvraagId : aanvragen) {
            List<UUID> bijlagen = jdbc.sql("""
                    UPDATE tlv_bijlage SET inhoud = NULL, verwijderd_op = now()
                     WHERE aanvraag_id = ? AND gezondheidsgegevens AND verwijderd_op IS NULL RETURNING id""")
                    .param(aanvraagId).query(UUID.class).list();
            List<UUID> adviezen = jdbc.sql("""
                    UPDATE tlv_advies SET motivering = NULL, verwijderd_op = now()
                     WHERE aanvraag_id = ? AND verwijderd_op IS NULL RETURNING id""")
                    .param(aanvraagId).query(UUID.class).list();
            List<UUID> aanvraag = jdbc.sql("""
                    UPDATE tlv_aanvraag SET gronden = NULL, mdo_uitkomst = NULL, zienswijze_ouders = NULL,
                           reden_zonder_instemming = NULL, aanvulling_vraag = NULL, gezondheid_verwijderd_op = now()
                     WHERE id = ? AND gezondheid_verwijderd_op IS NULL RETURNING id""")
                    .param(aanvraagId).query(UUID.class).list();
            List<UUID> besluiten = jdbc.sql("""
                    UPDATE tlv_besluit SET motivering = NULL, afwijking_motivering = NULL, gezondheid_verwijderd_op = now()
                     WHERE aanvraag_id = ? AND gezondheid_verwijderd_op IS NULL RETURNING id""")
                    .param(aanvraagId).query(UUID.class).list();
            for (UUID id : bijlagen) {
                log(swvId, "tlv-bijlage", id, aanvraagId);
            }
            for (UUID id : adviezen) {
                log(swvId, "tlv-advies", id, aanvraagId);
            }
            for (UUID id : aanvraag) {
                log(swvId, "tlv-aanvraag", id, aanvraagId);
            }
            for (UUID id : besluiten) {
                log(swvId, "tlv-besluit", id, aanvraagId);
            }
            deleted += bijlagen.size() + adviezen.size() + aanvraag.size() + besluiten.size();
        }
        if (deleted > 0) {
            LOG.info("Health data retention: {} items deleted in {} requests", deleted, aanvragen.size());
        }
        return deleted;
    }

    private void log(UUID swvId, String type, UUID id, UUID aanvraagId) {
        jdbc.sql("INSERT INTO bewaartermijn_log (swv_id, subject_type, subject_id, aanvraag_id) VALUES (?, ?, ?, ?)")
                .params(swvId, type, id, aanvraagId).update();
    }
}
