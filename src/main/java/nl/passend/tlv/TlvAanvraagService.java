package nl.passend.tlv;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.dossier.Woonachtig;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.term.Terms;
import nl.passend.werkvoorraad.DeadlineRequest;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request part of the TLV process: filing (with the competence and completeness rules), asking for
 * more information, supplementing, accepting as complete, withdrawing. One method per act; each is
 * audited and moves the request's deadlines.
 */
@Service
@Transactional
public class TlvAanvraagService {

    private final JdbcClient jdbc;
    private final AanvraagAccess access;
    private final LeerlingService leerlingen;
    private final SchoolService scholen;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TlvAanvraagService(JdbcClient jdbc, AanvraagAccess access, LeerlingService leerlingen, SchoolService scholen,
                       DeadlineService deadlines, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.leerlingen = leerlingen;
        this.scholen = scholen;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional // not read-only: the read is audited
    public TlvAanvraag get(CurrentUser user, UUID id) {
        TlvAanvraag a = access.load(user, id, Permission.TLV_READ);
        audit.record(user, "tlv-aanvraag.read", "tlv-aanvraag", id);
        return a;
    }

    /**
     * Whether the user may read this request's health details (grounds, MDO outcome, advices,
     * attachments, the letter): decided per request, not per role. Parents read their child's advices and
     * letter on other grounds ({@code LeerlingService.isOuderOf}).
     */
    @Transactional(readOnly = true)
    public boolean canReadHealth(CurrentUser user, UUID id) {
        return access.canReadHealth(user, id);
    }

    /** Requests within scope, optionally of one state or one pupil, by decision deadline. */
    @Transactional // not read-only: the read is audited
    public List<TlvAanvraag> list(CurrentUser user, TlvAanvraagStatus status, UUID leerlingId) {
        List<TlvAanvraag> rows = access.list(user, status, leerlingId);
        audit.record(user, "tlv-aanvraag.list", "tlv-aanvraag", null);
        return rows;
    }

    /** Files a request (WPO art. 40; PRODUCT.md 3.4): checks who may file, competence and the request itself. */
    public TlvAanvraag submit(CurrentUser user, TlvAanvraagInput in) {
        user.require(Permission.TLV_REQUEST);
        requireSchoolInScope(user, in.getSchoolId());
        Leerling leerling = leerlingen.find(user, in.getLeerlingId());
        if (!in.getSchoolId().equals(leerling.schoolId())) {
            throw new PassendException.RuleViolation("tlv-aanvraag-school-not-pupils");
        }
        School school = scholen.get(user, in.getSchoolId());
        Bevoegdheid bevoegdheid = Bevoegdheid.determine(school.soort(), leerling.woonachtig());
        validate(user, in, leerling, school);
        LocalDate today = LocalDate.now(clock);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO tlv_aanvraag (id, swv_id, leerling_id, school_id, ontvangende_school_id, route, bevoegdheid,
                    gevraagd_type, gevraagde_categorie, gevraagde_ingangsdatum, gevraagde_einddatum, gronden, mdo_datum,
                    mdo_uitkomst, zienswijze_ouders, ouders_akkoord, reden_zonder_instemming, vorige_tlv_id, status,
                    ingediend_op, beslistermijn, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INGEDIEND', ?, ?, ?)""")
                .params(id, user.requireTenant(), leerling.id(), in.getSchoolId(), in.getOntvangendeSchoolId(),
                        in.getRoute().name(), bevoegdheid.name(), in.getGevraagdType().name(),
                        in.getGevraagdeCategorie() == null ? null : in.getGevraagdeCategorie().name(),
                        in.getGevraagdeIngangsdatum(), in.getGevraagdeEinddatum(), in.getGronden(), in.getMdoDatum(),
                        in.getMdoUitkomst(), in.getZienswijzeOuders(), in.getOudersAkkoord(),
                        in.getRedenZonderInstemming(), in.getVorigeTlvId(), today,
                        Terms.tlvDecisionDeadline(today, 0), user.accountId())
                .update();
        deadlines.open(new DeadlineRequest(TlvDeadlines.COMPLEETHEID, TlvDeadlines.SUBJECT, id, leerling.id(),
                in.getSchoolId(), Role.MEDEWERKER, null, today, today.plusDays(TlvDeadlines.COMPLEETHEID_DAYS)));
        deadlines.open(new DeadlineRequest(TlvDeadlines.BESLUIT, TlvDeadlines.SUBJECT, id, leerling.id(),
                in.getSchoolId(), Role.DIRECTEUR, null, today, Terms.tlvDecisionDeadline(today, 0)));
        audit.record(user, "tlv-aanvraag.submit", "tlv-aanvraag", id);
        events.publishEvent(new TlvAanvraagSubmitted(user.requireTenant(), id, in.getSchoolId()));
        return access.load(user, id, Permission.TLV_READ);
    }

    /** Sends the request back for more information; the decision term is suspended meanwhile (Awb 4:15). */
    public TlvAanvraag requestInformation(CurrentUser user, UUID id, String vraag, Integer version) {
        user.require(Permission.TLV_INTAKE);
        if (vraag == null || vraag.isBlank()) {
            throw new PassendException.RuleViolation("tlv-aanvraag-question-required");
        }
        TlvAanvraag a = access.load(user, id, Permission.TLV_INTAKE);
        access.move(user, id, a.status(), TlvAanvraagStatus.AANVULLING_GEVRAAGD, version);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("UPDATE tlv_aanvraag SET aanvulling_vraag = ?, opgeschort_sinds = ? WHERE id = ?")
                .params(vraag.trim(), today, id).update();
        deadlines.close(id, TlvDeadlines.COMPLEETHEID);
        deadlines.close(id, TlvDeadlines.ADVIES); // the deskundigen wait for the supplement
        deadlines.open(new DeadlineRequest(TlvDeadlines.AANVULLING, TlvDeadlines.SUBJECT, id, a.leerlingId(),
                a.schoolId(), Role.IB, null, today, today.plusDays(TlvDeadlines.AANVULLING_DAYS)));
        audit.record(user, "tlv-aanvraag.request-information", "tlv-aanvraag", id);
        events.publishEvent(new TlvAanvraagReturned(user.requireTenant(), id, a.schoolId()));
        return access.load(user, id, Permission.TLV_READ);
    }

    /**
     * The school supplements the request (grounds, MDO outcome and parents' view may be rewritten) and
     * hands it in again; the suspended days are added to the decision term.
     */
    public TlvAanvraag supplement(CurrentUser user, UUID id, TlvAanvraagInput in, Integer version) {
        user.require(Permission.TLV_REQUEST);
        TlvAanvraag a = access.load(user, id, Permission.TLV_REQUEST);
        requireSchoolInScope(user, a.schoolId());
        if (!in.getLeerlingId().equals(a.leerlingId()) || !in.getSchoolId().equals(a.schoolId())) {
            throw new PassendException.RuleViolation("tlv-aanvraag-pupil-fixed");
        }
        Leerling leerling = leerlingen.find(user, a.leerlingId());
        validate(user, in, leerling, scholen.get(user, a.schoolId()));
        access.move(user, id, a.status(), TlvAanvraagStatus.INGEDIEND, version);
        LocalDate today = LocalDate.now(clock);
        LocalDate since = jdbc.sql("SELECT opgeschort_sinds FROM tlv_aanvraag WHERE id = ?").param(id)
                .query(LocalDate.class).single();
        long suspended = since == null ? 0 : ChronoUnit.DAYS.between(since, today);
        jdbc.sql("""
                UPDATE tlv_aanvraag SET ontvangende_school_id = ?, route = ?, gevraagd_type = ?, gevraagde_categorie = ?,
                       gevraagde_ingangsdatum = ?, gevraagde_einddatum = ?, gronden = ?, mdo_datum = ?, mdo_uitkomst = ?,
                       zienswijze_ouders = ?, ouders_akkoord = ?, reden_zonder_instemming = ?, vorige_tlv_id = ?,
                       opgeschort_dagen = opgeschort_dagen + ?, opgeschort_sinds = NULL
                 WHERE id = ?""")
                .params(in.getOntvangendeSchoolId(), in.getRoute().name(), in.getGevraagdType().name(),
                        in.getGevraagdeCategorie() == null ? null : in.getGevraagdeCategorie().name(),
                        in.getGevraagdeIngangsdatum(), in.getGevraagdeEinddatum(), in.getGronden(), in.getMdoDatum(),
                        in.getMdoUitkomst(), in.getZienswijzeOuders(), in.getOudersAkkoord(),
                        in.getRedenZonderInstemming(), in.getVorigeTlvId(), suspended, id)
                .update();
        int totalSuspended = jdbc.sql("SELECT opgeschort_dagen FROM tlv_aanvraag WHERE id = ?").param(id)
                .query(Integer.class).single();
        LocalDate termijn = Terms.tlvDecisionDeadline(a.ingediendOp(), totalSuspended);
        jdbc.sql("UPDATE tlv_aanvraag SET beslistermijn = ? WHERE id = ?").params(termijn, id).update();
        deadlines.close(id, TlvDeadlines.AANVULLING);
        deadlines.moveDue(id, TlvDeadlines.BESLUIT, termijn);
        deadlines.open(new DeadlineRequest(TlvDeadlines.COMPLEETHEID, TlvDeadlines.SUBJECT, id, a.leerlingId(),
                a.schoolId(), Role.MEDEWERKER, null, today, today.plusDays(TlvDeadlines.COMPLEETHEID_DAYS)));
        audit.record(user, "tlv-aanvraag.supplement", "tlv-aanvraag", id);
        return access.load(user, id, Permission.TLV_READ);
    }

    /** Accepts the request as complete; the advice round starts. */
    public TlvAanvraag markComplete(CurrentUser user, UUID id, Integer version) {
        user.require(Permission.TLV_INTAKE);
        TlvAanvraag a = access.load(user, id, Permission.TLV_INTAKE);
        access.move(user, id, a.status(), TlvAanvraagStatus.IN_ADVIES, version);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("UPDATE tlv_aanvraag SET compleet_op = ?, aanvulling_vraag = NULL WHERE id = ?")
                .params(today, id).update();
        deadlines.close(id, TlvDeadlines.COMPLEETHEID);
        // Back from an aanvulling in the advice round: the deskundigen still to advise get their term again.
        List<UUID> waiting = jdbc.sql("""
                SELECT d.account_id FROM tlv_deskundige d WHERE d.aanvraag_id = ?
                   AND NOT EXISTS (SELECT 1 FROM tlv_advies v WHERE v.aanvraag_id = d.aanvraag_id AND v.account_id = d.account_id)""")
                .param(id).query(UUID.class).list();
        for (UUID deskundige : waiting) {
            deadlines.open(new DeadlineRequest(TlvDeadlines.ADVIES, TlvDeadlines.SUBJECT, id, a.leerlingId(), a.schoolId(),
                    Role.DESKUNDIGE, deskundige, today, today.plusDays(TlvDeadlines.ADVIES_DAYS)));
        }
        audit.record(user, "tlv-aanvraag.complete", "tlv-aanvraag", id);
        return access.load(user, id, Permission.TLV_READ);
    }

    /** Withdraws an undecided request (the school on the parents' wish, or the SWV). */
    public TlvAanvraag withdraw(CurrentUser user, UUID id, Integer version) {
        Permission permission = user.can(Permission.TLV_INTAKE) ? Permission.TLV_INTAKE : Permission.TLV_REQUEST;
        TlvAanvraag a = access.load(user, id, permission);
        if (permission == Permission.TLV_REQUEST) {
            // Only the requesting school withdraws, not the S(B)O school that would receive the pupil.
            requireSchoolInScope(user, a.schoolId());
        }
        access.move(user, id, a.status(), TlvAanvraagStatus.INGETROKKEN, version);
        deadlines.closeAll(id);
        audit.record(user, "tlv-aanvraag.withdraw", "tlv-aanvraag", id);
        return access.load(user, id, Permission.TLV_READ);
    }

    private void validate(CurrentUser user, TlvAanvraagInput in, Leerling leerling, School school) {
        if (in.getGevraagdType() == TlvType.SO && in.getGevraagdeCategorie() == null) {
            throw new PassendException.RuleViolation("tlv-category-required");
        }
        if (in.getGevraagdType() == TlvType.SBO && in.getGevraagdeCategorie() != null) {
            throw new PassendException.RuleViolation("tlv-category-not-for-sbo");
        }
        if (!Boolean.TRUE.equals(in.getOudersAkkoord()) && in.getRedenZonderInstemming() == null) {
            throw new PassendException.RuleViolation("tlv-aanvraag-reason-without-consent");
        }
        if (in.getRoute() == TlvRoute.TIJDELIJKE_PLAATSING) {
            Terms.validateTemporaryPlacement(in.getGevraagdeIngangsdatum(), in.getGevraagdeEinddatum());
        } else {
            Terms.validateTlvPeriod(in.getGevraagdeIngangsdatum(), in.getGevraagdeEinddatum());
        }
        switch (in.getRoute()) {
            case VOORSCHOOLS -> {
                if (school.soort() == SchoolSoort.BAO) {
                    throw new PassendException.RuleViolation("tlv-voorschools-by-sbo-school");
                }
            }
            case GRENSVERKEER -> {
                if (leerling.woonachtig() != Woonachtig.ELDERS) {
                    throw new PassendException.RuleViolation("tlv-grensverkeer-lives-elsewhere");
                }
            }
            case EMB -> {
                if (!leerling.emb()) {
                    throw new PassendException.RuleViolation("tlv-emb-pupil-not-emb");
                }
            }
            case VERLENGING -> requirePreviousTlv(user, in.getVorigeTlvId(), leerling.id());
            default -> {
            }
        }
        if (in.getRoute() != TlvRoute.VERLENGING && in.getVorigeTlvId() != null) {
            requirePreviousTlv(user, in.getVorigeTlvId(), leerling.id());
        }
        if (in.getOntvangendeSchoolId() != null) {
            School ontvangend = scholen.get(user, in.getOntvangendeSchoolId());
            if (ontvangend.soort() == SchoolSoort.BAO || !ontvangend.soort().name().equals(in.getGevraagdType().name())) {
                throw new PassendException.RuleViolation("tlv-receiving-school-type");
            }
        }
    }

    private void requirePreviousTlv(CurrentUser user, UUID vorigeTlvId, UUID leerlingId) {
        if (vorigeTlvId == null) {
            throw new PassendException.RuleViolation("tlv-verlenging-needs-tlv");
        }
        int n = jdbc.sql("SELECT count(*) FROM tlv WHERE swv_id = ? AND id = ? AND leerling_id = ?")
                .params(user.requireTenant(), vorigeTlvId, leerlingId).query(Integer.class).single();
        if (n == 0) {
            throw new PassendException.RuleViolation("tlv-verlenging-needs-tlv");
        }
    }

    private void requireSchoolInScope(CurrentUser user, UUID schoolId) {
        if (!leerlingen.schoolInScope(user, Permission.TLV_REQUEST, schoolId)) {
            throw new PassendException.Forbidden("tlv-aanvraag-school-not-yours");
        }
    }
}
