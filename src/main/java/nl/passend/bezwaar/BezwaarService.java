package nl.passend.bezwaar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.dossier.LeerlingService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.term.Terms;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.BesluitService;
import nl.passend.werkvoorraad.DeadlineRequest;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving and reading bezwaren against TLV decisions (PRODUCT.md 3.5). Staff register one that came in
 * on paper or by e-mail; a parent (own child only) or a school board (its schools only) can file one
 * themselves. Timeliness is decided on receipt with {@link Terms} (Awb 6:7-6:9) and the deadlines for
 * sending to the committee and for deciding go on the worklists. The acts that follow are in
 * {@link BezwaarHandlingService}.
 */
@Service
@Transactional
public class BezwaarService {

    static final String SUBJECT = "bezwaar";
    static final String DOORSTUREN = "BEZWAAR_DOORSTUREN";
    static final String BESLISSEN = "BEZWAAR_BESLISSEN";

    private final BezwaarStore store;
    private final BesluitService besluiten;
    private final LeerlingService leerlingen;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final Clock clock;

    BezwaarService(BezwaarStore store, BesluitService besluiten, LeerlingService leerlingen, DeadlineService deadlines,
                   AuditLog audit, Clock clock) {
        this.store = store;
        this.besluiten = besluiten;
        this.leerlingen = leerlingen;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Bezwaren within the user's scope, optionally in one state; without their gronden. */
    @Transactional // not read-only: the read is audited
    public List<Bezwaar> list(CurrentUser user, BezwaarStatus status) {
        requireReader(user);
        List<Bezwaar> rows = store.list(user, status).stream().map(b -> visibleTo(user, b).withGronden(null)).toList();
        audit.record(user, "bezwaar.list", SUBJECT, null);
        return rows;
    }

    /** One bezwaar; its gronden only for the staff and for the indiener themselves. */
    @Transactional // not read-only: the read is audited
    public Bezwaar get(CurrentUser user, UUID id) {
        requireReader(user);
        Bezwaar b = store.find(user, id);
        audit.record(user, "bezwaar.read", SUBJECT, id);
        return visibleTo(user, b);
    }

    /** The decision a new bezwaar would contest, for the form; refused for users who may not object to it. */
    @Transactional // not read-only: the read is audited
    public BestredenBesluit prepare(CurrentUser user, UUID besluitId) {
        Indiener indiener = null;
        Besluit besluit;
        if (user.can(Permission.BEZWAAR_MANAGE)) {
            besluit = besluiten.get(user, besluitId);
        } else {
            user.require(Permission.BEZWAAR_FILE);
            besluit = besluiten.get(user, besluitId);
            indiener = partyOf(user, besluit);
        }
        audit.record(user, "bezwaar.prepare", "tlv-besluit", besluitId);
        return new BestredenBesluit(besluit.id(), leerlingen.findForCase(besluit.leerlingId()).volledigeNaam(),
                besluit.beschikkingsnummer(), besluit.uitkomst(), besluit.besluitdatum(), besluit.verzondenOp(),
                Terms.objectionTermEnd(besluit.verzondenOp()), indiener);
    }

    /** Registers a bezwaar received by the SWV, with the date received and the postmark if sent by post. */
    public Bezwaar register(CurrentUser user, BezwaarInput in) {
        user.require(Permission.BEZWAAR_MANAGE);
        Besluit besluit = besluiten.get(user, in.getBesluitId());
        if (in.getIndiener() == null) {
            throw new PassendException.RuleViolation("bezwaar-indiener-required");
        }
        if (in.getOntvangenOp() == null) {
            throw new PassendException.RuleViolation("bezwaar-received-required");
        }
        return create(user, besluit, in.getIndiener(), in.getOntvangenOp(), in.getPoststempel(), in.getGronden(),
                "bezwaar.register");
    }

    /** A parent or school board files a bezwaar themselves, with their gronden; it is received today. */
    public Bezwaar file(CurrentUser user, BezwaarInput in) {
        user.require(Permission.BEZWAAR_FILE);
        Besluit besluit = besluiten.get(user, in.getBesluitId());
        Indiener indiener = partyOf(user, besluit);
        if (in.getGronden() == null) {
            throw new PassendException.RuleViolation("bezwaar-gronden-required");
        }
        return create(user, besluit, indiener, LocalDate.now(clock), null, in.getGronden(), "bezwaar.file");
    }

    private Bezwaar create(CurrentUser user, Besluit besluit, Indiener indiener, LocalDate ontvangen,
                           LocalDate poststempel, String gronden, String action) {
        if (ontvangen.isAfter(LocalDate.now(clock)) || (poststempel != null && poststempel.isAfter(LocalDate.now(clock)))) {
            throw new PassendException.RuleViolation("bezwaar-date-in-future");
        }
        if (ontvangen.isBefore(besluit.besluitdatum())) {
            throw new PassendException.RuleViolation("bezwaar-received-before-decision");
        }
        if (poststempel != null && poststempel.isAfter(ontvangen)) {
            throw new PassendException.RuleViolation("bezwaar-postmark-after-receipt");
        }
        if (store.replaced(besluit.id())) {
            throw new PassendException.Conflict("bezwaar-besluit-replaced");
        }
        if (store.openExists(besluit.id(), indiener)) {
            throw new PassendException.Conflict("bezwaar-duplicate");
        }
        UUID id = UUID.randomUUID();
        boolean tijdig = Terms.objectionTimely(besluit.verzondenOp(), ontvangen, poststempel);
        store.insert(user, id, besluit, indiener, gronden, ontvangen, poststempel, tijdig);
        Bezwaar b = store.find(user, id);
        deadlines.open(new DeadlineRequest(DOORSTUREN, SUBJECT, id, b.leerlingId(), b.schoolId(), Role.MEDEWERKER, null,
                ontvangen, b.doorsturenVoor()));
        deadlines.open(new DeadlineRequest(BESLISSEN, SUBJECT, id, b.leerlingId(), b.schoolId(), Role.DIRECTEUR, null,
                ontvangen, b.beslissenVoor()));
        audit.record(user, action, SUBJECT, id);
        return visibleTo(user, b);
    }

    /**
     * As whom the user objects: as ouder of the pupil, or as the board of the requesting or receiving school
     * (checked by reading the decision with the board role alone). Anyone else is no party.
     */
    private Indiener partyOf(CurrentUser user, Besluit besluit) {
        if (holds(user, Role.OUDER) && leerlingen.isOuderOf(user, besluit.leerlingId())) {
            return Indiener.OUDERS;
        }
        if (holds(user, Role.BESTUUR)) {
            besluiten.get(new CurrentUser(user.accountId(), user.swvId(), user.username(), user.displayName(),
                    user.grants().stream().filter(g -> g.role() == Role.BESTUUR).toList()), besluit.id());
            return Indiener.SCHOOLBESTUUR;
        }
        throw new PassendException.Forbidden("bezwaar-not-a-party");
    }

    /**
     * The free text (gronden, reasons, the motivation of the decision) is for the staff who handle the
     * bezwaar and for the indiener, not for the other party: a board reading the parents' bezwaar sees
     * dates, states and outcome only.
     */
    private Bezwaar visibleTo(CurrentUser user, Bezwaar b) {
        boolean visible = user.can(Permission.BEZWAAR_MANAGE) || user.can(Permission.BEZWAAR_DECIDE)
                || (b.indiener() == Indiener.OUDERS && holds(user, Role.OUDER) && leerlingen.isOuderOf(user, b.leerlingId()))
                || (b.indiener() == Indiener.SCHOOLBESTUUR && holds(user, Role.BESTUUR));
        return visible ? b : b.withoutFreeText();
    }

    private static boolean holds(CurrentUser user, Role role) {
        return user.grants().stream().anyMatch(g -> g.role() == role);
    }

    private static void requireReader(CurrentUser user) {
        if (!user.can(Permission.BEZWAAR_FILE) && !user.can(Permission.BEZWAAR_MANAGE)
                && !user.can(Permission.BEZWAAR_DECIDE)) {
            throw new PassendException.Forbidden("forbidden");
        }
    }
}
