package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;

/**
 * The income of an SWV for a calendar year, line by line. {@code totaleBaten} = bruto licht + bruto
 * zwaar + subsidies (gross, as in the annual accounts); {@code verrekening} = the S(B)O deductions
 * the SWV bears (after the cap at its budget); {@code groeibekostiging} = growth paid by the SWV
 * (before 2023 only); {@code nettoOntvangst} = totaleBaten - verrekening - groeibekostiging.
 * {@code groeiteldatum} is null since 2023.
 */
public record BatenBerekening(int jaar, LocalDate teldatum, LocalDate groeiteldatum, List<BerekeningRegel> regels,
        BigDecimal totaleBaten, BigDecimal verrekening, BigDecimal groeibekostiging, BigDecimal nettoOntvangst,
        List<UUID> normbedragIds) {

    public BatenBerekening {
        regels = List.copyOf(regels);
        normbedragIds = List.copyOf(normbedragIds);
    }

    /** The sum of the lines on a post (zero when none). */
    public BigDecimal bedrag(Begrotingspost post) {
        return regels.stream().filter(r -> r.post() == post).map(BerekeningRegel::bedrag)
                .reduce(Cents.zero(), BigDecimal::add);
    }

    /** The lines with this code. */
    public List<BerekeningRegel> regels(String code) {
        return regels.stream().filter(r -> r.code().equals(code)).toList();
    }
}
