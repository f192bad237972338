package nl.passend.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.finance.calc.ComponentSoort;
import nl.passend.finance.calc.ModelComponent;

/**
 * One component of a verdeelmodel: a vaste voet per BAO school, an amount per BAO pupil, a
 * werkgebied budget (with its frictie reserve), a central post, or the SWV's own groeiregeling
 * (Besluit bekostiging WPO 2022 art. 20: peildatum between 1 February and 1 June). Either
 * {@code bedrag} or {@code percentage} (of the available amount) is set, never both.
 */
public record VerdeelmodelComponent(UUID id, int volgorde, ComponentSoort soort, String naam, Begrotingspost post,
                                    BigDecimal bedrag, BigDecimal percentage, BigDecimal frictiePercentage,
                                    LocalDate peildatum, Integer verwachtAantal, boolean maandelijks) {

    /** The component as the pure allocation computation takes it. */
    public ModelComponent toCalc() {
        return new ModelComponent(id, volgorde, soort, naam, post, bedrag, percentage, frictiePercentage,
                verwachtAantal, maandelijks);
    }
}
