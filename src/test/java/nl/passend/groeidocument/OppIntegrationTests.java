package nl.passend.groeidocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;
import nl.passend.werkvoorraad.Deadline;
import nl.passend.werkvoorraad.DeadlineService;
import nl.passend.werkvoorraad.WorklistItem;
import nl.passend.werkvoorraad.WorklistService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The OPP of WPO art. 40a: instemming before the handelingsdeel, the 6-week and yearly deadlines, who sees it. */
@PassendIntegrationTest
class OppIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired OppService opps;
    @Autowired ToestemmingService toestemmingen;
    @Autowired DeadlineService deadlines;
    @Autowired WorklistService worklist;

    TlvWorld w;

    @BeforeEach
    void world() {
        w = new TlvWorld(fixtures, tlv);
    }

    private OppInput input(LocalDate ingeschrevenOp, String handelingsdeel) {
        return new OppInput(ingeschrevenOp, "Regulier voortgezet onderwijs, vmbo-kader",
                "Capaciteiten passen bij vmbo-kader; rekenen blijft achter.", "Twee keer per week rekenbegeleiding",
                "Rekenen op eigen leerlijn", "Sem wil graag bij zijn klas blijven.", "Begeleiding binnen de klas.",
                handelingsdeel);
    }

    private List<Deadline> open(UUID oppId) {
        return w.as(w.ib, u -> deadlines.openFor(oppId));
    }

    private Toestemming instemming(Leerling sem, UUID oppId, boolean gegeven) {
        return w.as(w.ouder, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(),
                ToestemmingOnderwerp.OPP_HANDELINGSDEEL, oppId, null, gegeven, gegeven ? null : "Te weinig uren", null, null, null)));
    }

    @Test
    void theHandelingsdeelIsSetOnlyAfterTheParentsAgreeAndTheDeadlinesFollow() {
        Leerling sem = w.pupil();
        LocalDate ingeschreven = w.today().minusWeeks(2);
        Opp opp = w.as(w.ib, u -> opps.create(u, sem.id(), input(ingeschreven, "Rekenen: 2x per week in kleine groep")));

        assertThat(opp.status()).isEqualTo(OppStatus.CONCEPT);
        assertThat(opp.schoolId()).isEqualTo(w.bao.id());
        Deadline vaststellen = open(opp.id()).get(0);
        assertThat(vaststellen.soort()).isEqualTo(OppService.DEADLINE_VASTSTELLEN);
        assertThat(vaststellen.vervaltOp()).isEqualTo(ingeschreven.plusWeeks(6));
        assertThat(vaststellen.ownerRole()).isEqualTo(Role.IB);
        assertThat(vaststellen.schoolId()).isEqualTo(w.bao.id());
        assertThat(w.<List<WorklistItem>>as(w.ib, u -> worklist.worklist(u)))
                .anySatisfy(i -> assertThat(i.subjectId()).isEqualTo(opp.id()));
        assertThatThrownBy(() -> w.as(w.ib, u -> opps.create(u, sem.id(), input(ingeschreven, "x"))))
                .isInstanceOf(PassendException.Conflict.class).hasMessage("opp-bestaat-al");

        assertThatThrownBy(() -> w.as(w.ib, u -> opps.vaststellenHandelingsdeel(u, opp.id(), opp.version())))
                .isInstanceOf(PassendException.RuleViolation.class).hasMessage("opp-instemming-ontbreekt");
        instemming(sem, opp.id(), false);
        assertThatThrownBy(() -> w.as(w.ib, u -> opps.vaststellenHandelingsdeel(u, opp.id(), opp.version())))
                .isInstanceOf(PassendException.RuleViolation.class).hasMessage("opp-instemming-ontbreekt");

        instemming(sem, opp.id(), true);
        Opp vastgesteld = w.as(w.ib, u -> opps.vaststellenHandelingsdeel(u, opp.id(), opp.version()));
        assertThat(vastgesteld.status()).isEqualTo(OppStatus.VASTGESTELD);
        assertThat(vastgesteld.vastgesteldOp()).isEqualTo(w.today());
        assertThat(vastgesteld.instemming().gegeven()).isTrue();
        assertThat(open(opp.id())).singleElement().satisfies(d -> {
            assertThat(d.soort()).isEqualTo(OppService.DEADLINE_EVALUATIE);
            assertThat(d.vervaltOp()).isEqualTo(w.today().plusYears(1));
            assertThat(d.ownerRole()).isEqualTo(Role.IB);
        });

        LocalDate evaluatieDatum = w.today().minusDays(1);
        Opp geevalueerd = w.as(w.ib, u -> opps.addEvaluatie(u, opp.id(),
                new EvaluatieInput(evaluatieDatum, true, true, "Jeugdverpleegkundige", "Doelen gehaald; doorgaan.")));
        assertThat(geevalueerd.evaluaties()).singleElement().satisfies(e -> {
            assertThat(e.metOuders()).isTrue();
            assertThat(e.metLeerling()).isTrue();
            assertThat(e.anderen()).isEqualTo("Jeugdverpleegkundige");
        });
        assertThat(open(opp.id())).singleElement().satisfies(d ->
                assertThat(d.vervaltOp()).isEqualTo(w.today().plusYears(1)));

        // A changed handelingsdeel needs the parents' instemming again.
        Opp gewijzigd = w.as(w.ib, u -> opps.update(u, opp.id(), input(ingeschreven, "Rekenen: 3x per week"),
                geevalueerd.version()));
        assertThat(gewijzigd.status()).isEqualTo(OppStatus.CONCEPT);
        assertThat(gewijzigd.versie()).isEqualTo(2);
        assertThatThrownBy(() -> w.as(w.ib, u -> opps.vaststellenHandelingsdeel(u, opp.id(), gewijzigd.version())))
                .isInstanceOf(PassendException.RuleViolation.class).hasMessage("opp-instemming-ontbreekt");
        assertThatThrownBy(() -> w.as(w.ib, u -> opps.update(u, opp.id(), input(ingeschreven, "y"), opp.version())))
                .isInstanceOf(PassendException.Conflict.class).hasMessage("stale-version");
        assertThat(w.<List<OppVersie>>as(w.ib, u -> opps.versions(u, opp.id()))).extracting(OppVersie::nummer).containsExactly(2, 1);
    }

    @Test
    void aParentSeesTheOppAndGivesConsentWhileAnotherSchoolsIbSeesNothing() {
        Leerling sem = w.pupil();
        Opp opp = w.as(w.ib, u -> opps.create(u, sem.id(), input(w.today(), "Leesbegeleiding")));

        Opp seenByParent = w.as(w.ouder, u -> opps.current(u, sem.id())).orElseThrow();
        assertThat(seenByParent.inhoud().handelingsdeel()).isEqualTo("Leesbegeleiding");
        Toestemming ja = instemming(sem, opp.id(), true);
        assertThat(ja.door()).isEqualTo(w.ouder.user().displayName());
        assertThat(w.as(w.ib, u -> opps.get(u, opp.id())).instemming().id()).isEqualTo(ja.id());
        assertThatThrownBy(() -> w.as(w.ouder, u -> opps.vaststellenHandelingsdeel(u, opp.id(), 0)))
                .isInstanceOf(PassendException.Forbidden.class);

        Leerling other = w.anotherPupil();
        assertThatThrownBy(() -> w.as(w.ouder, u -> opps.current(u, other.id())))
                .isInstanceOf(PassendException.NotFound.class);

        var otherIb = fixtures.user(w.tenant, Role.IB, fixtures.school(w.tenant, w.bestuur, SchoolSoort.BAO).id());
        assertThatThrownBy(() -> w.as(otherIb, u -> opps.current(u, sem.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(otherIb, u -> opps.get(u, opp.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(otherIb, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(),
                ToestemmingOnderwerp.OPP_HANDELINGSDEEL, opp.id(), null, true, null, "Anna", null, null))))
                .isInstanceOf(PassendException.NotFound.class);
    }

    @Test
    void aPaperInstemmingDatedBeforeTheLastChangeOfTheHandelingsdeelDoesNotCount() {
        Leerling sem = w.pupil();
        Opp opp = w.as(w.ib, u -> opps.create(u, sem.id(), input(w.today(), "Rekenen: 2x per week")));

        // Recorded now, but signed yesterday: before today's handelingsdeel.
        w.as(w.ib, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(), ToestemmingOnderwerp.OPP_HANDELINGSDEEL,
                opp.id(), null, true, null, "Anna Jansen", w.today().minusDays(1), null)));
        assertThatThrownBy(() -> w.as(w.ib, u -> opps.vaststellenHandelingsdeel(u, opp.id(), opp.version())))
                .isInstanceOf(PassendException.RuleViolation.class).hasMessage("opp-instemming-ontbreekt");

        w.as(w.ib, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(), ToestemmingOnderwerp.OPP_HANDELINGSDEEL,
                opp.id(), null, true, null, "Anna Jansen", w.today(), null)));
        assertThat(w.as(w.ib, u -> opps.vaststellenHandelingsdeel(u, opp.id(), opp.version())).status())
                .isEqualTo(OppStatus.VASTGESTELD);
    }

    @Test
    void afterAMoveTheOldSchoolNoLongerReachesTheOppAndTheNewSchoolOnlyReadsIt() {
        Leerling sem = w.pupil();
        Opp opp = w.as(w.ib, u -> opps.create(u, sem.id(), input(w.today(), "Leesbegeleiding")));
        LeerlingInput moved = LeerlingInput.of(w.as(w.ib, u -> w.s.leerlingen().get(u, sem.id())));
        moved.setSchoolId(w.so.id());
        w.as(w.medewerker, u -> w.s.leerlingen().update(u, sem.id(), moved));
        var soIb = fixtures.user(w.tenant, Role.IB, w.so.id());

        assertThatThrownBy(() -> w.as(w.ib, u -> opps.get(u, opp.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(w.ib, u -> opps.update(u, opp.id(), input(w.today(), "x"), opp.version())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThat(w.as(soIb, u -> opps.get(u, opp.id())).id()).isEqualTo(opp.id());
        assertThatThrownBy(() -> w.as(soIb, u -> opps.update(u, opp.id(), input(w.today(), "x"), opp.version())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThat(w.as(w.ouder, u -> opps.get(u, opp.id())).id()).isEqualTo(opp.id());
    }
}
