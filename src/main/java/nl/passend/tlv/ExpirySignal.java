package nl.passend.tlv;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.shared.term.Terms;
import nl.passend.werkvoorraad.DeadlineRequest;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts TLVs that end within the signal term (default 6 months, SWV policy; WPO art. 40 lid 14) on the
 * worklists for herbeoordeling: the consulent of the referring school's werkgebied and the IB of the
 * S(B)O school. A TLV with a renewal request or a terugplaatsing needs no signal, and one that is on the
 * worklists stays there once; when its follow-up falls away (a renewal withdrawn, a terugplaatsing
 * cancelled) the next scan signals it again.
 */
@Component
public class ExpirySignal {

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;
    private final TlvSettingsService settings;

    ExpirySignal(JdbcClient jdbc, DeadlineService deadlines, TlvSettingsService settings) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    /** Signals the current tenant's expiring TLVs as of {@code today}; returns how many were signalled. */
    @Transactional
    public int scan(LocalDate today) {
        UUID swvId = TenantContext.current().orElseThrow();
        int months = settings.current(swvId).signaalMaanden();
        record Expiring(UUID id, UUID leerlingId, UUID schoolId, UUID sboSchoolId, LocalDate einddatum) {
        }
        List<Expiring> expiring = jdbc.sql("""
                SELECT t.id, t.leerling_id, t.school_id, coalesce(t.ontvangende_school_id, t.school_id) AS sbo,
                       t.einddatum
                  FROM tlv t
                 WHERE t.ingetrokken_op IS NULL AND t.einddatum >= ? AND NOT t.tijdelijk
                   AND NOT EXISTS (SELECT 1 FROM tlv_aanvraag n WHERE n.vorige_tlv_id = t.id AND n.status <> 'INGETROKKEN')
                   AND NOT EXISTS (SELECT 1 FROM terugplaatsing p WHERE p.tlv_id = t.id AND p.status <> 'GEANNULEERD')
                   AND NOT EXISTS (SELECT 1 FROM deadline d WHERE d.subject_id = t.id AND d.soort = ?
                                   AND d.gesloten_op IS NULL)""")
                .params(today, TlvDeadlines.HERBEOORDELING)
                .query((rs, n) -> new Expiring(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class)))
                .list();
        int signalled = 0;
        for (Expiring e : expiring) {
            if (today.isBefore(Terms.expirySignalDate(e.einddatum(), months))) {
                continue;
            }
            deadlines.open(new DeadlineRequest(TlvDeadlines.HERBEOORDELING, TlvDeadlines.SUBJECT_TLV, e.id(),
                    e.leerlingId(), e.schoolId(), Role.CONSULENT, null, today, e.einddatum()));
            deadlines.open(new DeadlineRequest(TlvDeadlines.HERBEOORDELING, TlvDeadlines.SUBJECT_TLV, e.id(),
                    e.leerlingId(), e.sboSchoolId(), Role.IB, null, today, e.einddatum()));
            signalled++;
        }
        return signalled;
    }
}
