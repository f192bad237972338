package nl.passend.bezwaar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.term.Terms;
import nl.passend.tlv.BesluitService;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acts on a registered bezwaar, one method each (PRODUCT.md 3.5): excusing lateness (Awb 6:11),
 * sending to the Landelijke Bezwaaradviescommissie TLV (within 14 days), the hoorzitting (Awb 7:2), the
 * committee's advice (Awb 7:13), one postponement of the decision by six weeks (Awb 7:10 lid 3), the
 * decision (Awb 7:11; gegrond reopens the TLV request for a new decision), withdrawal and beroep (Awb 8:1).
 * Each act checks its permission, then {@link BezwaarAct#require}, then its dates, and is refused when
 * someone else acted in between.
 */
@Service
@Transactional
public class BezwaarHandlingService {

    private final BezwaarStore store;
    private final BesluitService besluiten;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final Clock clock;

    BezwaarHandlingService(BezwaarStore store, BesluitService besluiten, DeadlineService deadlines, AuditLog audit,
                           Clock clock) {
        this.store = store;
        this.besluiten = besluiten;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Performs the named act (for screens and the API that pick the act from the URL). */
    public Bezwaar perform(CurrentUser user, UUID id, BezwaarAct act, BezwaarActInput in) {
        return switch (act) {
            case EXCUSE_LATENESS -> excuseLateness(user, id, in);
            case FORWARD -> forward(user, id, in);
            case RECORD_HOORZITTING -> recordHoorzitting(user, id, in);
            case RECORD_ADVIES -> recordAdvies(user, id, in);
            case POSTPONE -> postpone(user, id, in);
            case DECIDE -> decide(user, id, in);
            case WITHDRAW -> withdraw(user, id, in);
            case RECORD_BEROEP -> recordBeroep(user, id, in);
        };
    }

    /** Records that the lateness of a late bezwaar is excusable, with the reason (Awb 6:11). */
    public Bezwaar excuseLateness(CurrentUser user, UUID id, BezwaarActInput in) {
        Bezwaar b = start(user, id, BezwaarAct.EXCUSE_LATENESS);
        String reden = text(in, "bezwaar-reason-required");
        store.update(user, b, in.getVersion(), b.status(), "verschoonbaar = true, verschoonbaar_reden = ?", reden);
        return done(user, id, "bezwaar.excuse");
    }

    /** Records the day the bezwaar and the verweerschrift went to the advisory committee. */
    public Bezwaar forward(CurrentUser user, UUID id, BezwaarActInput in) {
        Bezwaar b = start(user, id, BezwaarAct.FORWARD);
        LocalDate datum = date(in, b.ontvangenOp(), false);
        store.update(user, b, in.getVersion(), BezwaarStatus.DOORGESTUURD, "doorgestuurd_op = ?", datum);
        deadlines.close(id, BezwaarService.DOORSTUREN);
        return done(user, id, "bezwaar.forward");
    }

    /** Records the day of the committee's hoorzitting; a planned one may lie ahead. */
    public Bezwaar recordHoorzitting(CurrentUser user, UUID id, BezwaarActInput in) {
        Bezwaar b = start(user, id, BezwaarAct.RECORD_HOORZITTING);
        LocalDate datum = date(in, b.doorgestuurdOp(), true);
        store.update(user, b, in.getVersion(), BezwaarStatus.HOORZITTING, "hoorzitting_op = ?", datum);
        return done(user, id, "bezwaar.hoorzitting");
    }

    /** Records the committee's advice: its date and the advised outcome. */
    public Bezwaar recordAdvies(CurrentUser user, UUID id, BezwaarActInput in) {
        Bezwaar b = start(user, id, BezwaarAct.RECORD_ADVIES);
        LocalDate datum = date(in, b.doorgestuurdOp(), false);
        BezwaarUitkomst advies = outcome(in);
        store.update(user, b, in.getVersion(), BezwaarStatus.ADVIES_ONTVANGEN, "advies_op = ?, advies_uitkomst = ?",
                datum, advies.name());
        return done(user, id, "bezwaar.advies");
    }

    /**
     * Postpones the decision once by six weeks (Awb 7:10 lid 3), with the day the parties were told and the
     * reason; the notice must go out before the decision term ends. A second postponement is refused.
     */
    public Bezwaar postpone(CurrentUser user, UUID id, BezwaarActInput in) {
        Bezwaar b = start(user, id, BezwaarAct.POSTPONE);
        LocalDate notice = date(in, b.ontvangenOp(), false);
        if (notice.isAfter(b.beslissenVoor())) {
            throw new PassendException.RuleViolation("bezwaar-extension-too-late");
        }
        String reden = text(in, "bezwaar-reason-required");
        LocalDate until = Terms.objectionDecisionDeadlineExtended(b.beslissenVoor());
        store.update(user, b, in.getVersion(), b.status(), "verdaagd_op = ?, verdaagd_tot = ?, verdaging_reden = ?",
                notice, until, reden);
        deadlines.extend(id, BezwaarService.BESLISSEN, until, reden);
        return done(user, id, "bezwaar.postpone");
    }

    /**
     * Decides on the bezwaar with a motivation (Awb 7:12). A late, unexcused bezwaar can only be declared
     * niet-ontvankelijk, and may be so straight away. Gegrond reopens the TLV request, so the director takes
     * a new decision that replaces the contested one (Awb 7:11 lid 2).
     */
    public Bezwaar decide(CurrentUser user, UUID id, BezwaarActInput in) {
        Bezwaar b = start(user, id, BezwaarAct.DECIDE);
        BezwaarUitkomst uitkomst = outcome(in);
        if (!BezwaarAct.decidableOutcomes(b).contains(uitkomst)) {
            throw new PassendException.RuleViolation("bezwaar-late-not-excused");
        }
        String motivering = text(in, "bezwaar-motivation-required");
        LocalDate datum = date(in, b.adviesOp() != null ? b.adviesOp() : b.ontvangenOp(), false);
        store.update(user, b, in.getVersion(), BezwaarStatus.BESLOTEN,
                "uitkomst = ?, beslist_op = ?, beslissing_motivering = ?", uitkomst.name(), datum, motivering);
        deadlines.closeAll(id);
        if (uitkomst == BezwaarUitkomst.GEGROND && store.standing(b.aanvraagId(), b.besluitId())) {
            besluiten.reopen(user, b.aanvraagId());
        }
        return done(user, id, "bezwaar.decide");
    }

    /** Records that the indiener withdrew the bezwaar; its deadlines close. */
    public Bezwaar withdraw(CurrentUser user, UUID id, BezwaarActInput in) {
        Bezwaar b = start(user, id, BezwaarAct.WITHDRAW);
        LocalDate datum = date(in, b.ontvangenOp(), false);
        store.update(user, b, in.getVersion(), BezwaarStatus.INGETROKKEN, "ingetrokken_op = ?", datum);
        deadlines.closeAll(id);
        return done(user, id, "bezwaar.withdraw");
    }

    /** Records that beroep was lodged at the court against the decision on the bezwaar (Awb 8:1). */
    public Bezwaar recordBeroep(CurrentUser user, UUID id, BezwaarActInput in) {
        Bezwaar b = start(user, id, BezwaarAct.RECORD_BEROEP);
        LocalDate datum = date(in, b.beslistOp(), false);
        store.update(user, b, in.getVersion(), b.status(), "beroep_ingesteld_op = ?", datum);
        return done(user, id, "bezwaar.beroep");
    }

    private Bezwaar start(CurrentUser user, UUID id, BezwaarAct act) {
        user.require(act.permission());
        Bezwaar b = store.find(user, id);
        act.require(b);
        return b;
    }

    private Bezwaar done(CurrentUser user, UUID id, String action) {
        audit.record(user, action, BezwaarService.SUBJECT, id);
        return store.find(user, id);
    }

    private LocalDate date(BezwaarActInput in, LocalDate notBefore, boolean mayLieAhead) {
        LocalDate datum = in.getDatum();
        if (datum == null) {
            throw new PassendException.RuleViolation("bezwaar-date-required");
        }
        if (!mayLieAhead && datum.isAfter(LocalDate.now(clock))) {
            throw new PassendException.RuleViolation("bezwaar-date-in-future");
        }
        if (notBefore != null && datum.isBefore(notBefore)) {
            throw new PassendException.RuleViolation("bezwaar-date-before-previous-step");
        }
        return datum;
    }

    private static BezwaarUitkomst outcome(BezwaarActInput in) {
        if (in.getUitkomst() == null) {
            throw new PassendException.RuleViolation("bezwaar-outcome-required");
        }
        return in.getUitkomst();
    }

    private static String text(BezwaarActInput in, String code) {
        if (in.getToelichting() == null) {
            throw new PassendException.RuleViolation(code);
        }
        return in.getToelichting();
    }
}
