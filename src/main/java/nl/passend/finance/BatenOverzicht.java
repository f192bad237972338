package nl.passend.finance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.passend.finance.calc.BatenBerekening;

/**
 * The baten of a year as the screen and the API show them: the computation line by line, the
 * normbedrag versions it used with their sources (by id), the subsidies of the year and the
 * computations saved before.
 */
public record BatenOverzicht(BatenBerekening berekening, Map<UUID, Normbedrag> normbedragen,
                             List<SubsidieToekenning> subsidies, List<BatenOpslag> opgeslagen) {
}
