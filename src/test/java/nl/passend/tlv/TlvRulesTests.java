package nl.passend.tlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.dossier.Woonachtig;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.PassendException;

import org.junit.jupiter.api.Test;

/** The pure rules of the TLV process: advice rule, competence, state machine, OSO codes. */
class TlvRulesTests {

    private static Advies advice(Discipline discipline) {
        return new Advies(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "D", discipline, LocalDate.of(2026, 11, 1),
                true, TlvType.SO, Bekostigingscategorie.LAAG, null, null, "m", false);
    }

    @Test
    void refusesDecisionWithOneAdvice() {
        assertThatThrownBy(() -> AdviesRule.requireSufficient(List.of(advice(Discipline.ORTHOPEDAGOOG)),
                TlvRoute.STANDAARD, TlvSettings.DEFAULTS))
                .isInstanceOfSatisfying(PassendException.RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("tlv-advices-too-few"));
    }

    @Test
    void refusesTwoAdvicesWithoutOrthopedagoogOrPsycholoog() {
        assertThatThrownBy(() -> AdviesRule.requireSufficient(List.of(advice(Discipline.ARTS),
                advice(Discipline.MAATSCHAPPELIJK_WERKER)), TlvRoute.STANDAARD, TlvSettings.DEFAULTS))
                .isInstanceOfSatisfying(PassendException.RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("tlv-advice-orthopedagoog-missing"));
    }

    @Test
    void refusesTwoOrthopedagogenOrAnUnlistedSecondDiscipline() {
        assertThatThrownBy(() -> AdviesRule.requireSufficient(List.of(advice(Discipline.ORTHOPEDAGOOG),
                advice(Discipline.ORTHOPEDAGOOG)), TlvRoute.STANDAARD, TlvSettings.DEFAULTS))
                .isInstanceOfSatisfying(PassendException.RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("tlv-advice-second-deskundige-missing"));
        assertThatThrownBy(() -> AdviesRule.requireSufficient(List.of(advice(Discipline.PSYCHOLOOG),
                advice(Discipline.OVERIG)), TlvRoute.STANDAARD, TlvSettings.DEFAULTS))
                .isInstanceOf(PassendException.RuleViolation.class);
        // A kinder- en jeugdpsycholoog counts on both sides, but one advice cannot be both.
        AdviesRule.requireSufficient(List.of(advice(Discipline.KINDER_JEUGDPSYCHOLOOG),
                advice(Discipline.KINDER_JEUGDPSYCHOLOOG)), TlvRoute.STANDAARD, TlvSettings.DEFAULTS);
    }

    @Test
    void acceptsTwoAdvicesWithAPsycholoog() {
        AdviesRule.requireSufficient(List.of(advice(Discipline.GZ_PSYCHOLOOG), advice(Discipline.JEUGDARTS)),
                TlvRoute.STANDAARD, TlvSettings.DEFAULTS);
    }

    @Test
    void embNeedsOneAdviceOnlyWhenTheSwvSaysSo() {
        List<Advies> one = List.of(advice(Discipline.ORTHOPEDAGOOG));
        assertThatThrownBy(() -> AdviesRule.requireSufficient(one, TlvRoute.EMB, TlvSettings.DEFAULTS))
                .isInstanceOf(PassendException.RuleViolation.class);
        AdviesRule.requireSufficient(one, TlvRoute.EMB, new TlvSettings(true, 6, 3));
        assertThatThrownBy(() -> AdviesRule.requireSufficient(one, TlvRoute.STANDAARD, new TlvSettings(true, 6, 3)))
                .isInstanceOf(PassendException.RuleViolation.class);
    }

    @Test
    void competenceFollowsEnrolmentThenResidenceThenTheSboSchool() {
        assertThat(Bevoegdheid.determine(SchoolSoort.BAO, Woonachtig.ELDERS)).isEqualTo(Bevoegdheid.INGESCHREVEN_SCHOOL);
        assertThat(Bevoegdheid.determine(SchoolSoort.SBO, Woonachtig.SWV)).isEqualTo(Bevoegdheid.WOONPLAATS);
        assertThat(Bevoegdheid.determine(SchoolSoort.SO, Woonachtig.BUITENLAND)).isEqualTo(Bevoegdheid.SBO_SCHOOL);
        assertThatThrownBy(() -> Bevoegdheid.determine(SchoolSoort.SO, Woonachtig.ELDERS))
                .isInstanceOfSatisfying(PassendException.RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("tlv-not-competent"));
    }

    @Test
    void aDecidedRequestCanOnlyBeReopened() {
        assertThat(TlvAanvraagStatus.BESLOTEN.next()).containsExactly(TlvAanvraagStatus.IN_ADVIES);
        assertThatThrownBy(() -> TlvAanvraagStatus.BESLOTEN.requireMoveTo(TlvAanvraagStatus.INGETROKKEN))
                .isInstanceOfSatisfying(PassendException.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("tlv-aanvraag-status-besloten"));
        assertThat(TlvAanvraagStatus.INGETROKKEN.next()).isEmpty();
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefused() {
        assertThat(TlvRegister.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(TlvRegister.cell("-1")).isEqualTo("'-1");
        assertThat(TlvRegister.cell("de Vries")).isEqualTo("de Vries");
        assertThat(TlvRegister.cell(null)).isNull();
    }

    @Test
    void osoCategoryCodesAreHMLAndNvt() {
        assertThat(Bekostigingscategorie.osoCode(Bekostigingscategorie.HOOG)).isEqualTo("H");
        assertThat(Bekostigingscategorie.osoCode(Bekostigingscategorie.MIDDEN)).isEqualTo("M");
        assertThat(Bekostigingscategorie.osoCode(Bekostigingscategorie.LAAG)).isEqualTo("L");
        assertThat(Bekostigingscategorie.osoCode(null)).isEqualTo("Nvt");
    }
}
