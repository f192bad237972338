package nl.passend.bezwaar.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import nl.passend.bezwaar.Bezwaar;
import nl.passend.bezwaar.BezwaarAct;
import nl.passend.bezwaar.BezwaarActInput;
import nl.passend.bezwaar.BezwaarUitkomst;
import nl.passend.shared.web.Option;

/**
 * One act form on the detail page: where it posts, which fields it has (a null key means no such field)
 * and the values to show: what the user typed when the act was refused, otherwise today's date.
 */
record ActForm(String slug, String titleKey, String buttonKey, String dateKey, List<Option> outcomes, String textKey,
               LocalDate datum, String uitkomst, String toelichting) {

    static ActForm of(BezwaarAct act, Bezwaar b, Function<String, String> text, LocalDate today,
                      BezwaarActInput typed) {
        String dateKey = switch (act) {
            case EXCUSE_LATENESS -> null;
            case FORWARD -> "bezwaar.doorgestuurdOp";
            case RECORD_HOORZITTING -> "bezwaar.hoorzittingOp";
            case RECORD_ADVIES -> "bezwaar.adviesOp";
            case POSTPONE -> "bezwaar.verdaagdOp";
            case DECIDE -> "bezwaar.beslistOp";
            case WITHDRAW -> "bezwaar.ingetrokkenOp";
            case RECORD_BEROEP -> "bezwaar.beroepIngesteldOp";
        };
        String textKey = switch (act) {
            case EXCUSE_LATENESS -> "bezwaar.verschoonbaarReden";
            case POSTPONE -> "bezwaar.verdagingReden";
            case DECIDE -> "bezwaar.beslissingMotivering";
            default -> null;
        };
        Set<BezwaarUitkomst> choices = act == BezwaarAct.DECIDE ? BezwaarAct.decidableOutcomes(b)
                : act == BezwaarAct.RECORD_ADVIES ? EnumSet.allOf(BezwaarUitkomst.class) : null;
        List<Option> outcomes = choices == null ? null : choices.stream()
                .map(u -> new Option(u.name(), text.apply("bezwaar.uitkomst." + u.name()))).toList();
        String prefix = "bezwaar.act." + act.slug();
        return new ActForm(act.slug(), prefix + ".title", prefix + ".button", dateKey, outcomes,
                textKey, typed != null && typed.getDatum() != null ? typed.getDatum() : today,
                typed != null && typed.getUitkomst() != null ? typed.getUitkomst().name() : null,
                typed != null ? typed.getToelichting() : null);
    }
}
