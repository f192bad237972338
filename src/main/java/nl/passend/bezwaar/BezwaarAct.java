package nl.passend.bezwaar;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

/**
 * The legal acts on a registered bezwaar, each with its permission and the rule for when it is possible:
 * excusing a late bezwaar (Awb 6:11), sending it to the Landelijke Bezwaaradviescommissie TLV (WPO art. 18a
 * lid 12), recording the hoorzitting (Awb 7:2) and the advies (Awb 7:13), postponing the decision once
 * (Awb 7:10 lid 3), deciding (Awb 7:11), recording a withdrawal and a beroep at the court (Awb 8:1).
 * The service refuses with {@link #refusal(Bezwaar)}; screens offer what {@link #allowed} returns, so
 * both follow the same rule.
 */
public enum BezwaarAct {
    EXCUSE_LATENESS("verschoonbaar", Permission.BEZWAAR_MANAGE),
    FORWARD("doorsturen", Permission.BEZWAAR_MANAGE),
    RECORD_HOORZITTING("hoorzitting", Permission.BEZWAAR_MANAGE),
    RECORD_ADVIES("advies", Permission.BEZWAAR_MANAGE),
    POSTPONE("verdagen", Permission.BEZWAAR_MANAGE),
    DECIDE("beslissen", Permission.BEZWAAR_DECIDE),
    WITHDRAW("intrekken", Permission.BEZWAAR_MANAGE),
    RECORD_BEROEP("beroep", Permission.BEZWAAR_MANAGE);

    private final String slug;
    private final Permission permission;

    BezwaarAct(String slug, Permission permission) {
        this.slug = slug;
        this.permission = permission;
    }

    /** The act's name in URLs ({@code /bezwaren/{id}/doorsturen}). */
    public String slug() {
        return slug;
    }

    public Permission permission() {
        return permission;
    }

    public static Optional<BezwaarAct> ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }

    /** Why this act is not possible on the bezwaar as it stands, or null when it is (permission aside). */
    public PassendException refusal(Bezwaar b) {
        BezwaarStatus s = b.status();
        return switch (this) {
            case EXCUSE_LATENESS -> !s.isOpen() ? s.refusal()
                    : b.tijdig() ? new PassendException.RuleViolation("bezwaar-not-late")
                    : b.verschoonbaar() ? new PassendException.Conflict("bezwaar-already-excused") : null;
            case FORWARD -> move(s, BezwaarStatus.DOORGESTUURD);
            case RECORD_HOORZITTING -> move(s, BezwaarStatus.HOORZITTING);
            case RECORD_ADVIES -> move(s, BezwaarStatus.ADVIES_ONTVANGEN);
            case POSTPONE -> !s.isOpen() ? s.refusal()
                    : b.verdaagdTot() != null ? new PassendException.Conflict("bezwaar-already-extended") : null;
            // Straight from ontvangen only a late, unexcused bezwaar: it is declared niet-ontvankelijk.
            case DECIDE -> s == BezwaarStatus.ONTVANGEN && !b.lateNotExcused() ? s.refusal()
                    : move(s, BezwaarStatus.BESLOTEN);
            case WITHDRAW -> move(s, BezwaarStatus.INGETROKKEN);
            case RECORD_BEROEP -> s != BezwaarStatus.BESLOTEN ? s.refusal()
                    : b.beroepIngesteldOp() != null ? new PassendException.Conflict("bezwaar-beroep-already-registered")
                    : null;
        };
    }

    /** Refuses the act unless it is possible now. */
    public void require(Bezwaar b) {
        PassendException refusal = refusal(b);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** The acts this user may do on the bezwaar now, in process order. */
    public static List<BezwaarAct> allowed(Bezwaar b, CurrentUser user) {
        return Arrays.stream(values()).filter(a -> user.can(a.permission) && a.refusal(b) == null).toList();
    }

    /** The outcomes the board may decide: only niet-ontvankelijk for a late, unexcused bezwaar (Awb 6:11). */
    public static Set<BezwaarUitkomst> decidableOutcomes(Bezwaar b) {
        return b.lateNotExcused() ? EnumSet.of(BezwaarUitkomst.NIET_ONTVANKELIJK) : EnumSet.allOf(BezwaarUitkomst.class);
    }

    private static PassendException move(BezwaarStatus from, BezwaarStatus to) {
        return from.canMoveTo(to) ? null : from.refusal();
    }
}
