package nl.passend.finance;

import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

import nl.passend.finance.calc.ComponentSoort;
import nl.passend.finance.calc.VerdeelCalculator;
import nl.passend.shared.PassendException;

/**
 * The rules between the fields of a verdeelmodel component, each refused with its own code before the
 * database's CHECK constraints would refuse it without one.
 */
final class VerdeelmodelRules {

    /** Besluit bekostiging WPO 2022 art. 20: the SWV's own growth date lies between 1 February and 1 June. */
    private static final MonthDay GROEI_PEILDATUM_VAN = MonthDay.of(2, 1);
    private static final MonthDay GROEI_PEILDATUM_TOT = MonthDay.of(6, 1);

    private VerdeelmodelRules() {
    }

    /**
     * Percentages are shares of the available amount: together at most 100. The one check is the
     * allocation's own ({@link VerdeelCalculator#valideer}), so a model is refused here exactly when
     * it could not be computed.
     */
    static void checkShares(List<VerdeelmodelComponent> componenten) {
        VerdeelCalculator.valideer(componenten.stream().map(VerdeelmodelComponent::toCalc).toList(), List.of());
    }

    /** The rules between the fields of a component, each with its own code. */
    static VerdeelmodelComponent checked(VerdeelmodelComponentInput in, UUID id) {
        ComponentSoort soort = in.getSoort();
        if (in.getPost().isBaten()) {
            throw new PassendException.RuleViolation("verdeelmodel-component-post-baten");
        }
        if ((in.getBedrag() == null) == (in.getPercentage() == null)) {
            throw new PassendException.RuleViolation("verdeelmodel-component-bedrag-of-percentage");
        }
        boolean totaal = soort == ComponentSoort.WERKGEBIEDBUDGET || soort == ComponentSoort.CENTRALE_POST;
        if (in.getPercentage() != null && !totaal) {
            throw new PassendException.RuleViolation("verdeelmodel-component-percentage-niet-toegestaan");
        }
        if (in.getFrictiePercentage() != null && soort != ComponentSoort.WERKGEBIEDBUDGET) {
            throw new PassendException.RuleViolation("verdeelmodel-component-frictie-alleen-werkgebied");
        }
        boolean groei = soort == ComponentSoort.GROEIREGELING;
        if (!groei && (in.getPeildatum() != null || in.getVerwachtAantal() != null)) {
            throw new PassendException.RuleViolation("verdeelmodel-component-alleen-groeiregeling");
        }
        if (groei) {
            if (in.getVerwachtAantal() == null) {
                throw new PassendException.RuleViolation("verdeelmodel-component-verwacht-aantal-ontbreekt");
            }
            if (in.getPost() != Begrotingspost.SBO && in.getPost() != Begrotingspost.SO) {
                throw new PassendException.RuleViolation("verdeelmodel-component-groei-post");
            }
            if (in.getPeildatum() != null) {
                MonthDay md = MonthDay.from(in.getPeildatum());
                if (md.isBefore(GROEI_PEILDATUM_VAN) || md.isAfter(GROEI_PEILDATUM_TOT)) {
                    throw new PassendException.RuleViolation("verdeelmodel-component-peildatum");
                }
            }
        }
        // Realisatie books only the monthly parts of a component paid to the boards; a yearly payment to a
        // bestuur would never be booked, so a vaste voet and a per-leerling amount are paid monthly.
        boolean naarBestuur = soort == ComponentSoort.VASTE_VOET || soort == ComponentSoort.PER_LEERLING;
        if (naarBestuur && !in.isMaandelijks()) {
            throw new PassendException.RuleViolation("verdeelmodel-component-bestuur-maandelijks");
        }
        return new VerdeelmodelComponent(id, in.getVolgorde() == null ? 0 : in.getVolgorde(), soort, in.getNaam(),
                in.getPost(), in.getBedrag(), in.getPercentage(), in.getFrictiePercentage(), in.getPeildatum(),
                in.getVerwachtAantal(), in.isMaandelijks());
    }
}
