package nl.passend.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.passend.finance.calc.BatenBerekening;
import nl.passend.shared.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * What the realisation reads from the rest of the finance module: the yearly budget per post of the
 * vastgestelde begroting and the year's SBO and SO lasten of the latest SAVED baten computation (the
 * verrekening for this SWV's S(B)O pupils, after the cap at its budget, plus growth funding paid by the
 * SWV). The verrekening is never recomputed live, so every month of a year is booked from one stored
 * computation until a newer one is saved.
 */
@Component
class RealisatieBronnen {

    private final BegrotingService begrotingen;
    private final BatenService baten;

    RealisatieBronnen(BegrotingService begrotingen, BatenService baten) {
        this.begrotingen = begrotingen;
        this.baten = baten;
    }

    /** The yearly amount per post of the vastgestelde begroting of {@code jaar}, zero posts left out. */
    Optional<Map<Begrotingspost, BigDecimal>> begroting(CurrentUser user, int jaar) {
        return begrotingen.jaarbegroting(user, jaar).map(b -> {
            Map<Begrotingspost, BigDecimal> result = new EnumMap<>(Begrotingspost.class);
            b.forEach((post, bedrag) -> {
                if (bedrag != null && bedrag.signum() != 0) {
                    result.put(post, bedrag);
                }
            });
            return result;
        });
    }

    /**
     * The saved baten computation a year's verrekening is booked from: the latest one saved for the year;
     * when none was saved yet, the computation is saved now (so it needs FINANCE_MANAGE, as boek maand
     * does). A missing amount or count is refused with the calculator's RuleViolation.
     */
    Verrekeningsgrondslag verrekening(CurrentUser user, int jaar) {
        BatenOpslag opslag = baten.opgeslagen(user, jaar).stream().findFirst()
                .orElseGet(() -> baten.opslaan(user, jaar));
        BatenBerekening b = baten.opgeslagen(user, opslag.id());
        Map<Begrotingspost, BigDecimal> perPost = new EnumMap<>(Begrotingspost.class);
        for (Begrotingspost post : Verrekeningsgrondslag.POSTEN) {
            perPost.put(post, b.bedrag(post));
        }
        return new Verrekeningsgrondslag(opslag.id(), opslag.opgeslagenOp(), perPost);
    }

    /**
     * A saved baten computation's yearly lasten on SBO and SO (both posts present, zero when none).
     *
     * @param berekeningId the saved computation ({@code berekening}, soort BATEN)
     * @param opgeslagenOp when it was saved: what a booking's description names it by
     */
    record Verrekeningsgrondslag(UUID berekeningId, Instant opgeslagenOp, Map<Begrotingspost, BigDecimal> perPost) {

        static final Begrotingspost[] POSTEN = {Begrotingspost.SBO, Begrotingspost.SO};
    }
}
