package nl.passend.tlv;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.access.Directory;
import nl.passend.audit.AuditLog;
import nl.passend.dossier.LeerlingService;
import nl.passend.organisation.SchoolService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.term.Terms;
import nl.passend.werkvoorraad.DeadlineRequest;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advice round (WPO art. 18a lid 11): the SWV assigns deskundigen who are not linked to the
 * requesting school; each records one advice; the parents get a copy (they may read the advices of their
 * own child's request).
 */
@Service
@Transactional
public class AdviesService {

    static final RowMapper<Advies> ROW = (rs, n) -> new Advies(rs.getObject("id", UUID.class),
            rs.getObject("aanvraag_id", UUID.class), rs.getObject("account_id", UUID.class),
            rs.getString("deskundige_naam"), Discipline.valueOf(rs.getString("discipline")),
            rs.getObject("advies_datum", LocalDate.class), rs.getBoolean("toelaatbaar"),
            rs.getString("type") == null ? null : TlvType.valueOf(rs.getString("type")),
            AanvraagAccess.categorie(rs.getString("categorie")), rs.getObject("ingangsdatum", LocalDate.class),
            rs.getObject("einddatum", LocalDate.class), rs.getString("motivering"), rs.getObject("verwijderd_op") != null);

    private final JdbcClient jdbc;
    private final AanvraagAccess access;
    private final Directory directory;
    private final SchoolService scholen;
    private final LeerlingService leerlingen;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdviesService(JdbcClient jdbc, AanvraagAccess access, Directory directory, SchoolService scholen,
                  LeerlingService leerlingen, DeadlineService deadlines, AuditLog audit, ApplicationEventPublisher events,
                  Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.directory = directory;
        this.scholen = scholen;
        this.leerlingen = leerlingen;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Asks a deskundige to advise. Refused for an account that is not a deskundige or is linked to the school. */
    public List<AssignedDeskundige> assign(CurrentUser user, UUID aanvraagId, UUID deskundigeId) {
        TlvAanvraag a = access.load(user, aanvraagId, Permission.TLV_INTAKE);
        if (access.lockStatus(aanvraagId) != TlvAanvraagStatus.IN_ADVIES) {
            throw new PassendException.Conflict("tlv-aanvraag-not-in-advies");
        }
        List<RoleGrant> grants = directory.grantsOf(deskundigeId);
        if (grants.stream().noneMatch(g -> g.role() == Role.DESKUNDIGE)) {
            throw new PassendException.RuleViolation("tlv-deskundige-unknown");
        }
        UUID bestuurId = scholen.get(user, a.schoolId()).bestuurId();
        boolean linked = grants.stream().anyMatch(g -> a.schoolId().equals(g.scopeId()) || bestuurId.equals(g.scopeId()));
        if (linked) {
            throw new PassendException.RuleViolation("tlv-deskundige-linked-to-school");
        }
        try {
            jdbc.sql("INSERT INTO tlv_deskundige (swv_id, aanvraag_id, account_id, created_by) VALUES (?, ?, ?, ?)")
                    .params(user.requireTenant(), aanvraagId, deskundigeId, user.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("tlv-deskundige-already-assigned");
        }
        LocalDate today = LocalDate.now(clock);
        deadlines.open(new DeadlineRequest(TlvDeadlines.ADVIES, TlvDeadlines.SUBJECT, aanvraagId, a.leerlingId(),
                a.schoolId(), Role.DESKUNDIGE, deskundigeId, today, today.plusDays(TlvDeadlines.ADVIES_DAYS)));
        audit.record(user, "tlv-deskundige.assign", "tlv-aanvraag", aanvraagId);
        events.publishEvent(new DeskundigeAssigned(user.requireTenant(), aanvraagId, deskundigeId));
        return assigned(user, aanvraagId);
    }

    /** Who was asked to advise (names only, no advice content). */
    @Transactional(readOnly = true)
    public List<AssignedDeskundige> assigned(CurrentUser user, UUID aanvraagId) {
        access.load(user, aanvraagId, Permission.TLV_READ);
        return jdbc.sql("""
                SELECT d.account_id, EXISTS (SELECT 1 FROM tlv_advies v WHERE v.aanvraag_id = d.aanvraag_id
                                             AND v.account_id = d.account_id) AS gegeven
                  FROM tlv_deskundige d WHERE d.aanvraag_id = ? ORDER BY d.created_at""").param(aanvraagId)
                .query((rs, n) -> new AssignedDeskundige(rs.getObject(1, UUID.class),
                        directory.displayName(rs.getObject(1, UUID.class)).orElse("?"), rs.getBoolean(2)))
                .list();
    }

    /** Records the assigned deskundige's advice on a request in the advice round; one advice each. */
    public Advies advise(CurrentUser user, UUID aanvraagId, AdviesInput in) {
        TlvAanvraag a = access.load(user, aanvraagId, Permission.TLV_ADVISE);
        int assigned = jdbc.sql("SELECT count(*) FROM tlv_deskundige WHERE aanvraag_id = ? AND account_id = ?")
                .params(aanvraagId, user.accountId()).query(Integer.class).single();
        if (assigned == 0) {
            throw new PassendException.Forbidden("tlv-advies-not-assigned");
        }
        // Under a share lock: a decision cannot slip in between this check and the insert.
        if (access.lockStatus(aanvraagId) != TlvAanvraagStatus.IN_ADVIES) {
            throw new PassendException.Conflict("tlv-aanvraag-not-in-advies");
        }
        validate(in, a.route());
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO tlv_advies (id, swv_id, aanvraag_id, account_id, deskundige_naam, discipline, advies_datum,
                                            toelaatbaar, type, categorie, ingangsdatum, einddatum, motivering)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, user.requireTenant(), aanvraagId, user.accountId(), user.displayName(),
                            in.getDiscipline().name(), LocalDate.now(clock), in.getToelaatbaar(),
                            in.getType() == null ? null : in.getType().name(),
                            in.getCategorie() == null ? null : in.getCategorie().name(), in.getIngangsdatum(),
                            in.getEinddatum(), in.getMotivering()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("tlv-advies-already-given");
        }
        deadlines.close(aanvraagId, TlvDeadlines.ADVIES, user.accountId());
        audit.record(user, "tlv-advies.add", "tlv-aanvraag", aanvraagId);
        events.publishEvent(new AdviesRecorded(user.requireTenant(), aanvraagId, a.leerlingId()));
        return load(aanvraagId).stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    /** The advices of a request: for readers of health details, and for the pupil's parents (their copy). */
    @Transactional // not read-only: the read is audited
    public List<Advies> list(CurrentUser user, UUID aanvraagId) {
        TlvAanvraag a = access.load(user, aanvraagId, Permission.TLV_READ);
        if (!access.canReadHealth(user, aanvraagId) && !leerlingen.isOuderOf(user, a.leerlingId())) {
            throw new PassendException.Forbidden("forbidden");
        }
        audit.record(user, "tlv-advies.read", "tlv-aanvraag", aanvraagId);
        return load(aanvraagId);
    }

    List<Advies> load(UUID aanvraagId) {
        return jdbc.sql("SELECT * FROM tlv_advies WHERE aanvraag_id = ? ORDER BY advies_datum, created_at")
                .param(aanvraagId).query(ROW).list();
    }

    private static void validate(AdviesInput in, TlvRoute route) {
        if (!Boolean.TRUE.equals(in.getToelaatbaar())) {
            return;
        }
        if (in.getType() == null) {
            throw new PassendException.RuleViolation("tlv-advies-type-required");
        }
        if (in.getType() == TlvType.SO && in.getCategorie() == null) {
            throw new PassendException.RuleViolation("tlv-category-required");
        }
        if (in.getType() == TlvType.SBO && in.getCategorie() != null) {
            throw new PassendException.RuleViolation("tlv-category-not-for-sbo");
        }
        if (in.getIngangsdatum() == null && in.getEinddatum() == null) {
            return;
        }
        if (route == TlvRoute.TIJDELIJKE_PLAATSING) {
            Terms.validateTemporaryPlacement(in.getIngangsdatum(), in.getEinddatum());
        } else {
            Terms.validateTlvPeriod(in.getIngangsdatum(), in.getEinddatum());
        }
    }
}
