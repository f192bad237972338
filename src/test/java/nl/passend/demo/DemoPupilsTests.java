package nl.passend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.OuderInput;
import nl.passend.dossier.OuderRelatie;
import nl.passend.dossier.Woonachtig;

import org.junit.jupiter.api.Test;

class DemoPupilsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<UUID> SCHOOLS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    private final List<LeerlingInput> pupils = new DemoPupils(DemoRegion.SEED, TODAY).others(SCHOOLS, 40);

    @Test
    void givesEveryPupilAPrimarySchoolAgeAndTheGroepThatGoesWithIt() {
        assertThat(pupils).allSatisfy(p -> {
            int age = Period.between(p.getGeboortedatum(), TODAY).getYears();
            assertThat(age).isBetween(4, 12);
            assertThat(Integer.parseInt(p.getGroep())).isEqualTo(Math.max(1, Math.min(8, age - 3)));
        });
        assertThat(pupils.stream().map(p -> Period.between(p.getGeboortedatum(), TODAY).getYears()).distinct())
                .hasSizeGreaterThan(5);
    }

    @Test
    void givesAPupilOfAnAgeExactlyThatAge() {
        DemoPupils people = new DemoPupils(7, TODAY);
        for (int age = 4; age <= 12; age++) {
            LeerlingInput p = people.pupil(SCHOOLS.get(0), age, Woonachtig.SWV, false);
            assertThat(Period.between(p.getGeboortedatum(), TODAY).getYears()).isEqualTo(age);
        }
    }

    @Test
    void givesEveryPupilOneOrTwoParentsWithAnAddressThatReceivesNoMail() {
        assertThat(pupils).allSatisfy(p -> {
            assertThat(p.getOuders()).hasSizeBetween(1, 2);
            assertThat(p.getOuders()).allSatisfy(o -> {
                assertThat(o.getNaam()).contains(" ");
                assertThat(o.getEmail()).matches("^[a-z]+\\.[a-z]+@example\\.org$");
            });
        });
        assertThat(pupils).anySatisfy(p -> assertThat(p.getOuders()).hasSize(2));
        assertThat(pupils).anySatisfy(p -> assertThat(p.getOuders()).hasSize(1));
    }

    @Test
    void spreadsPupilsOverTheSchoolsWithSomeEmbAndSomeLivingElsewhere() {
        assertThat(pupils).extracting(LeerlingInput::getSchoolId).containsOnly(SCHOOLS.toArray(UUID[]::new));
        assertThat(pupils).filteredOn(LeerlingInput::isEmb).hasSizeBetween(2, 6);
        assertThat(pupils).filteredOn(p -> p.getWoonachtig() == Woonachtig.ELDERS).hasSizeBetween(3, 8);
    }

    @Test
    void writesNamesTheDutchWay() {
        assertThat(DemoPupils.surname("van den Berg")).containsExactly("van den", "Berg");
        assertThat(DemoPupils.surname("de Vries")).containsExactly("de", "Vries");
        assertThat(DemoPupils.surname("El Amrani")).containsExactly(null, "El Amrani");
        assertThat(DemoPupils.surname("Bakker")).containsExactly(null, "Bakker");
        assertThat(pupils).allSatisfy(p -> assertThat(p.getVoornamen()).startsWith(p.getRoepnaam()));
    }

    @Test
    void makesTheFirstParentTheNamedMotherWithTheChildsSurname() {
        LeerlingInput p = new DemoPupils(3, TODAY).pupil(SCHOOLS.get(0), 9, Woonachtig.SWV, false);
        int parents = p.getOuders().size();
        String achternaam = p.getVoorvoegsel() == null ? p.getAchternaam() : p.getVoorvoegsel() + " " + p.getAchternaam();

        OuderInput olga = DemoPupils.withMother(p, "Olga").getOuders().get(0);

        assertThat(olga.getNaam()).isEqualTo("Olga " + achternaam);
        assertThat(olga.getRelatie()).isEqualTo(OuderRelatie.MOEDER);
        assertThat(p.getOuders()).hasSize(parents);
    }

    @Test
    void drawsTheSamePupilsFromTheSameSeedAndDate() {
        List<LeerlingInput> again = new DemoPupils(DemoRegion.SEED, TODAY).others(SCHOOLS, 40);
        assertThat(again).extracting(LeerlingInput::getVoornamen, LeerlingInput::getAchternaam,
                LeerlingInput::getGeboortedatum).isEqualTo(pupils.stream().map(p -> org.assertj.core.groups.Tuple
                        .tuple(p.getVoornamen(), p.getAchternaam(), p.getGeboortedatum())).toList());
    }
}
