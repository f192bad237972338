package nl.passend.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import nl.passend.finance.calc.ComponentSoort;
import nl.passend.shared.PassendException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The component rules that keep every payment to a bestuur bookable by ‘boek maand’. */
class VerdeelmodelRulesTests {

    @ParameterizedTest
    @EnumSource(value = ComponentSoort.class, names = {"VASTE_VOET", "PER_LEERLING"})
    void aComponentPaidToTheBoardsMustBePaidMonthly(ComponentSoort soort) {
        assertThatThrownBy(() -> VerdeelmodelRules.checked(input(soort, Begrotingspost.REGULIER, false), null))
                .isInstanceOfSatisfying(PassendException.RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("verdeelmodel-component-bestuur-maandelijks"));
        assertThat(VerdeelmodelRules.checked(input(soort, Begrotingspost.REGULIER, true), null).maandelijks()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ComponentSoort.class, names = {"WERKGEBIEDBUDGET", "CENTRALE_POST"})
    void aComponentNotPaidToTheBoardsNeedNotBeMonthly(ComponentSoort soort) {
        assertThat(VerdeelmodelRules.checked(input(soort, Begrotingspost.OZA, false), null).maandelijks()).isFalse();
    }

    private static VerdeelmodelComponentInput input(ComponentSoort soort, Begrotingspost post, boolean maandelijks) {
        VerdeelmodelComponentInput in = new VerdeelmodelComponentInput();
        in.setSoort(soort);
        in.setNaam("Component");
        in.setPost(post);
        in.setBedrag(new BigDecimal("1000.00"));
        in.setMaandelijks(maandelijks);
        return in;
    }
}
