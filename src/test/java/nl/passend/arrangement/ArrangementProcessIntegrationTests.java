package nl.passend.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import nl.passend.dossier.Leerling;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.calc.OntvangerSoort;
import nl.passend.finance.calc.Toedeling;
import nl.passend.groeidocument.GroeidocumentVersie;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.FinanceWorld;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.werkvoorraad.Deadline;
import nl.passend.werkvoorraad.DeadlineService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The life of an aanvraag extra ondersteuning, from concept to a closed arrangement, and who sees what. */
@PassendIntegrationTest
class ArrangementProcessIntegrationTests {

    @Autowired ApplicationContext spring;
    @Autowired Fixtures fixtures;
    @Autowired DeadlineService deadlines;

    private List<Deadline> open(ArrangementWorld w, java.util.UUID subject) {
        return TenantContext.callAs(w.tenant.id(), () -> deadlines.openFor(subject));
    }

    private static List<String> soorten(List<Deadline> ds) {
        return ds.stream().map(Deadline::soort).toList();
    }

    @Test
    void anAanvraagGoesFromConceptThroughFiatInformationMdoAndGrantToAClosedArrangement() {
        FinanceWorld f = new FinanceWorld(spring, fixtures, Set.of());
        f.adopt(f.concept());
        ArrangementWorld w = new ArrangementWorld(spring, fixtures, f.tenant, f.noord, f.zuid);
        w.as(w.directeur, u -> w.settings.update(u, new ArrangementSettings(true)));
        Leerling l = w.pupil();
        GroeidocumentVersie versie = w.groeidocument(l);

        Ondersteuningsaanvraag a = w.as(w.ib, u -> w.aanvragen.createConcept(u, w.request(l)));
        assertThat(a.status()).isEqualTo(OndersteuningsaanvraagStatus.CONCEPT);
        assertThat(a.groeidocumentVersieId()).isEqualTo(versie.id());

        java.util.UUID id = a.id();
        int conceptVersion = a.version();
        a = w.as(w.ib, u -> w.aanvragen.submit(u, id, conceptVersion));
        assertThat(a.status()).isEqualTo(OndersteuningsaanvraagStatus.FIAT_GEVRAAGD);
        assertThat(soorten(open(w, a.id()))).containsExactly(ArrangementDeadlines.FIAT);
        int fiatVersion = a.version();
        a = w.as(w.bestuurder, u -> w.aanvragen.fiatteer(u, id, true, null, fiatVersion));
        assertThat(a.status()).isEqualTo(OndersteuningsaanvraagStatus.INGEDIEND);
        assertThat(a.ingediendOp()).isEqualTo(w.today());
        assertThat(soorten(open(w, a.id()))).containsExactly(ArrangementDeadlines.INTAKE);

        int ingediendVersion = a.version();
        a = w.as(w.consulent, u -> w.aanvragen.takeInBehandeling(u, id, null, ingediendVersion));
        assertThat(a.consulentId()).isEqualTo(w.consulent.user().accountId());
        int takenVersion = a.version();
        a = w.as(w.consulent, u -> w.aanvragen.requestInformation(u, id, "Graag de toetsgegevens van dit jaar.",
                takenVersion));
        assertThat(a.status()).isEqualTo(OndersteuningsaanvraagStatus.INFORMATIE_GEVRAAGD);
        assertThat(open(w, id)).anySatisfy(d -> {
            assertThat(d.soort()).isEqualTo(ArrangementDeadlines.INFORMATIE);
            assertThat(d.ownerRole()).isEqualTo(Role.IB);
        });
        int askedVersion = a.version();
        a = w.as(w.ib, u -> w.aanvragen.supplement(u, id, "Toetsgegevens staan in het groeidocument.", null,
                askedVersion));
        assertThat(a.status()).isEqualTo(OndersteuningsaanvraagStatus.IN_BEHANDELING);
        assertThat(soorten(open(w, id))).containsExactly(ArrangementDeadlines.MDO);

        // an act the state does not allow has a stable code; a stale version is a conflict
        int answeredVersion = a.version();
        assertThatThrownBy(() -> w.as(w.ib, u -> w.aanvragen.supplement(u, id, "Nog eens", null, answeredVersion)))
                .isInstanceOf(PassendException.Conflict.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("ondersteuningsaanvraag-status-in-behandeling");
        int stale = a.version() - 1;
        assertThatThrownBy(() -> w.as(w.consulent, u -> w.aanvragen.requestInformation(u, id, "Nog iets", stale)))
                .isInstanceOf(PassendException.Conflict.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("stale-version");

        a = w.afterMdo(a);
        assertThat(a.status()).isEqualTo(OndersteuningsaanvraagStatus.MDO);
        assertThat(soorten(open(w, id))).containsExactly(ArrangementDeadlines.BESLUIT);

        // over the werkgebied budget: a warning, and a reason is required
        LocalDate start = w.today();
        ToekenningInput probe = grant(start, new BigDecimal("1.00"), null);
        BudgetCheck check = w.as(w.consulent, u -> w.besluiten.checkBudget(u, id, probe));
        assertThat(check.gecontroleerd()).isTrue();
        assertThat(check.budget()).isPositive();
        // the decider reads the werkgebied's aggregate from finance as themself; the model itself stays closed
        VerdeelmodelService modellen = spring.getBean(VerdeelmodelService.class);
        BigDecimal noordPart = f.as(f.controller, u -> modellen.verdeling(u, modellen.inForce(u, start).orElseThrow().id()))
                .componenten().stream().flatMap(c -> c.toedelingen().stream())
                .filter(t -> t.soort() == OntvangerSoort.WERKGEBIED && w.noord.id().equals(t.ontvangerId()))
                .map(Toedeling::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(check.budget()).isEqualByComparingTo(noordPart);
        assertThat(w.as(w.consulent, u -> modellen.werkgebiedBudget(u, start, w.noord.id())).orElseThrow().bedrag())
                .isEqualByComparingTo(noordPart);
        assertThatThrownBy(() -> w.as(w.consulent, u -> modellen.inForce(u, start)))
                .isInstanceOf(PassendException.Forbidden.class);
        assertThatThrownBy(() -> w.as(w.ib, u -> modellen.werkgebiedBudget(u, start, w.noord.id())))
                .isInstanceOf(PassendException.Forbidden.class);
        BigDecimal tooMuch = check.resterend().add(new BigDecimal("1000.00"));
        int mdoVersion = a.version();
        assertThatThrownBy(() -> w.as(w.consulent, u -> w.besluiten.grant(u, id, grant(start, tooMuch, null), mdoVersion)))
                .isInstanceOf(PassendException.RuleViolation.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("arrangement-over-budget-reason-required");
        Arrangement arr = w.as(w.consulent, u -> w.besluiten.grant(u, id,
                grant(start, tooMuch, "Geen alternatief; leerling dreigt thuis te komen zitten."), mdoVersion));
        assertThat(arr.beschikkingsnummer()).matches("ARR-" + w.today().getYear() + "-\\d{4}");
        assertThat(arr.bovenBudget()).isTrue();
        assertThat(arr.werkgebiedId()).isEqualTo(w.noord.id());
        assertThat(arr.bestuurId()).isEqualTo(w.bestuur.id());
        assertThat(arr.status()).isEqualTo(ArrangementStatus.LOPEND);
        assertThat(w.as(w.consulent, u -> w.aanvragen.get(u, id)).besluitUitkomst()).isEqualTo(BesluitUitkomst.TOEGEKEND);

        // the evaluation moments of the MDO are the consulent's deadlines
        List<Evaluatiemoment> momenten = w.as(w.consulent, u -> w.aanvragen.evaluatiemomenten(u, id));
        assertThat(momenten).hasSize(2);
        for (Evaluatiemoment m : momenten) {
            assertThat(open(w, m.id())).singleElement().satisfies(d -> {
                assertThat(d.soort()).isEqualTo(ArrangementDeadlines.EVALUATIE);
                assertThat(d.due()).isEqualTo(m.datum());
                assertThat(d.ownerAccount()).isEqualTo(w.consulent.user().accountId());
            });
        }
        assertThat(open(w, id)).isEmpty();

        // evaluation with the parents: extend, then close
        LocalDate nieuweEind = arr.eind().plusMonths(6);
        int lopendVersion = w.as(w.consulent, u -> w.aanvragen.get(u, id)).version();
        EvaluatieInput verlenging = new EvaluatieInput(w.today(), "Ouders, leerling, IB", true, true,
                "Vooruitgang, nog niet genoeg.", EvaluatieUitkomst.VERLENGEN, nieuweEind);
        Arrangement verlengd = w.as(w.consulent, u -> w.arrangementen.evaluate(u, arr.id(), verlenging, lopendVersion));
        // a second extension made at the same time (the same version read) does not pass
        EvaluatieInput tweede = new EvaluatieInput(w.today(), "IB", false, false, "Nog langer.",
                EvaluatieUitkomst.VERLENGEN, nieuweEind.plusMonths(1));
        assertThatThrownBy(() -> w.as(w.consulent, u -> w.arrangementen.evaluate(u, arr.id(), tweede, lopendVersion)))
                .isInstanceOf(PassendException.Conflict.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("stale-version");
        assertThat(verlengd.eind()).isEqualTo(nieuweEind);
        assertThat(verlengd.status()).isEqualTo(ArrangementStatus.LOPEND);
        assertThat(w.as(w.consulent, u -> w.aanvragen.get(u, id)).status()).isEqualTo(OndersteuningsaanvraagStatus.GEEVALUEERD);
        assertThat(open(w, momenten.get(0).id())).isEmpty();
        assertThat(open(w, momenten.get(1).id())).hasSize(1);

        int geevalueerdVersion = w.as(w.consulent, u -> w.aanvragen.get(u, id)).version();
        Arrangement gesloten = w.as(w.consulent, u -> w.arrangementen.evaluate(u, arr.id(), new EvaluatieInput(
                w.today(), "Ouders, IB", true, false, "Doel bereikt.", EvaluatieUitkomst.AFSLUITEN, null),
                geevalueerdVersion));
        assertThat(gesloten.status()).isEqualTo(ArrangementStatus.AFGESLOTEN);
        assertThat(w.as(w.consulent, u -> w.aanvragen.get(u, id)).status()).isEqualTo(OndersteuningsaanvraagStatus.AFGESLOTEN);
        assertThat(open(w, momenten.get(1).id())).isEmpty();
        assertThat((List<Evaluatie>) w.as(w.consulent, u -> w.arrangementen.evaluaties(u, arr.id())))
                .extracting(Evaluatie::uitkomst).containsExactly(EvaluatieUitkomst.VERLENGEN, EvaluatieUitkomst.AFSLUITEN);
        int afgeslotenVersion = w.as(w.consulent, u -> w.aanvragen.get(u, id)).version();
        assertThatThrownBy(() -> w.as(w.consulent, u -> w.arrangementen.evaluate(u, arr.id(), new EvaluatieInput(
                w.today(), "IB", false, false, "Nog eens", EvaluatieUitkomst.AFSLUITEN, null), afgeslotenVersion)))
                .isInstanceOf(PassendException.Conflict.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("ondersteuningsaanvraag-status-afgesloten");
    }

    @Test
    void eachSeesOnlyTheirOwnAndTheBestuurSeesNoHealthDetails() {
        ArrangementWorld w = ArrangementWorld.fresh(spring, fixtures);
        Ondersteuningsaanvraag taken = w.inBehandeling();
        Ondersteuningsaanvraag asked = w.as(w.consulent, u -> w.aanvragen.requestInformation(u, taken.id(),
                "Hoe gaat het thuis met Daan?", taken.version()));
        Ondersteuningsaanvraag answered = w.as(w.ib, u -> w.aanvragen.supplement(u, taken.id(),
                "Daan slaapt slecht sinds de scheiding.", null, asked.version()));
        Ondersteuningsaanvraag a = w.afterMdo(answered);

        assertThatThrownBy(() -> w.as(w.andereIb, u -> w.aanvragen.get(u, a.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(w.andereConsulent, u -> w.aanvragen.get(u, a.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(w.andereConsulent, u -> w.besluiten.refuse(u, a.id(), "Nee", a.version())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThat((List<Ondersteuningsaanvraag>) w.as(w.andereConsulent, u -> w.aanvragen.list(u, null, null))).noneMatch(x -> x.id().equals(a.id()));

        Ondersteuningsaanvraag viaBestuur = w.as(w.bestuurder, u -> w.aanvragen.get(u, a.id()));
        assertThat(viaBestuur.healthVisible()).isFalse();
        assertThat(viaBestuur.mdoPerspectieven()).isNull();
        assertThat(viaBestuur.mdoUitkomst()).isNull();
        assertThat(viaBestuur.mdoDeelnemers()).isNull();
        assertThat(viaBestuur.informatieVraag()).isNull();
        assertThat(viaBestuur.informatieAntwoord()).isNull();
        assertThat(viaBestuur.vraag()).isEqualTo(a.vraag()); // kept: the bestuur gives its fiat on it
        assertThat((List<Ondersteuningsaanvraag>) w.as(w.bestuurder, u -> w.aanvragen.list(u, null, null)))
                .filteredOn(x -> x.id().equals(a.id())).singleElement()
                .satisfies(x -> assertThat(x.healthVisible()).isFalse());
        assertThat(w.as(w.ib, u -> w.aanvragen.get(u, a.id())).mdoPerspectieven()).isNotNull();
        assertThat((boolean) w.as(w.ib, u -> w.aanvragen.canReadHealth(u, a.id()))).isTrue();

        // no verdeelmodel in force in this SWV: nothing to check, no warning
        Arrangement arr = w.as(w.consulent, u -> w.besluiten.grant(u, a.id(),
                grant(w.today(), new BigDecimal("999999.00"), null), a.version()));
        assertThat(arr.bovenBudget()).isFalse();
        assertThat(w.as(w.bestuurder, u -> w.aanvragen.get(u, a.id())).besluitGronden()).isNull();
        assertThat(w.as(w.ib, u -> w.aanvragen.get(u, a.id())).besluitGronden()).isNotBlank();
        int lopend = w.as(w.consulent, u -> w.aanvragen.get(u, a.id())).version();
        w.as(w.consulent, u -> w.arrangementen.evaluate(u, arr.id(), new EvaluatieInput(w.today(), "Moeder, IB",
                true, false, "Daan is angstig; de kinderarts onderzoekt het.", EvaluatieUitkomst.VERLENGEN,
                arr.eind().plusMonths(2)), lopend));
        assertThat((List<Evaluatie>) w.as(w.bestuurder, u -> w.arrangementen.evaluaties(u, arr.id()))).singleElement()
                .satisfies(e -> {
                    assertThat(e.bevindingen()).isNull();
                    assertThat(e.deelnemers()).isNull();
                    assertThat(e.uitkomst()).isEqualTo(EvaluatieUitkomst.VERLENGEN);
                });
        assertThat((List<Evaluatie>) w.as(w.consulent, u -> w.arrangementen.evaluaties(u, arr.id()))).singleElement()
                .satisfies(e -> assertThat(e.bevindingen()).contains("kinderarts"));
        assertThat(w.as(w.bestuurder, u -> w.arrangementen.get(u, arr.id())).beschikkingsnummer())
                .isEqualTo(arr.beschikkingsnummer());
        assertThatThrownBy(() -> w.as(w.andereIb, u -> w.arrangementen.get(u, arr.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThat((List<Arrangement>) w.as(w.andereConsulent, u -> w.arrangementen.list(u, ArrangementFilter.all()))).isEmpty();
    }

    @Test
    void anAangehoudenAanvraagComesBackAndAnAfgewezenOneIsFinal() {
        ArrangementWorld w = ArrangementWorld.fresh(spring, fixtures);
        Ondersteuningsaanvraag held = w.afterMdo(w.inBehandeling());
        Ondersteuningsaanvraag h = w.as(w.consulent, u -> w.besluiten.hold(u, held.id(), "Eerst observatie.", null,
                held.version()));
        assertThat(h.besluitUitkomst()).isEqualTo(BesluitUitkomst.AANGEHOUDEN);
        assertThat(soorten(open(w, held.id()))).containsExactly(ArrangementDeadlines.HERVATTEN);
        assertThat(w.as(w.consulent, u -> w.besluiten.resume(u, held.id(), h.version())).status())
                .isEqualTo(OndersteuningsaanvraagStatus.IN_BEHANDELING);

        Ondersteuningsaanvraag refused = w.afterMdo(w.inBehandeling());
        Ondersteuningsaanvraag r = w.as(w.consulent, u -> w.besluiten.refuse(u, refused.id(),
                "De basisondersteuning volstaat.", refused.version()));
        assertThatThrownBy(() -> w.as(w.consulent, u -> w.besluiten.resume(u, refused.id(), r.version())))
                .isInstanceOf(PassendException.Conflict.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("ondersteuningsaanvraag-not-held");
        assertThat(open(w, refused.id())).isEmpty();
    }

    /** An act on an aanvraag, by whom, from which state; {@code version} may be null. */
    private record Act(String naam, Fixtures.TestUser door, OndersteuningsaanvraagStatus van,
                       BiFunction<CurrentUser, Ondersteuningsaanvraag, Object> doe) {
    }

    private static List<Act> acts(ArrangementWorld w, boolean withVersion) {
        LocalDate today = w.today();
        java.util.function.Function<Ondersteuningsaanvraag, Integer> v = a -> withVersion ? a.version() : null;
        return List.of(
                new Act("submit", w.ib, OndersteuningsaanvraagStatus.CONCEPT,
                        (u, a) -> w.aanvragen.submit(u, a.id(), v.apply(a))),
                new Act("fiatteer", w.bestuurder, OndersteuningsaanvraagStatus.FIAT_GEVRAAGD,
                        (u, a) -> w.aanvragen.fiatteer(u, a.id(), true, null, v.apply(a))),
                new Act("takeInBehandeling", w.consulent, OndersteuningsaanvraagStatus.INGEDIEND,
                        (u, a) -> w.aanvragen.takeInBehandeling(u, a.id(), null, v.apply(a))),
                new Act("requestInformation", w.consulent, OndersteuningsaanvraagStatus.IN_BEHANDELING,
                        (u, a) -> w.aanvragen.requestInformation(u, a.id(), "Welke toetsen?", v.apply(a))),
                new Act("supplement", w.ib, OndersteuningsaanvraagStatus.INFORMATIE_GEVRAAGD,
                        (u, a) -> w.aanvragen.supplement(u, a.id(), "Deze.", null, v.apply(a))),
                new Act("recordMdo", w.consulent, OndersteuningsaanvraagStatus.IN_BEHANDELING,
                        (u, a) -> w.aanvragen.recordMdo(u, a.id(), new MdoInput(today, "IB, consulent", null, "Lezen.",
                                List.of(today.plusDays(30))), v.apply(a))),
                new Act("grant", w.consulent, OndersteuningsaanvraagStatus.MDO,
                        (u, a) -> w.besluiten.grant(u, a.id(), grant(today, new BigDecimal("100.00"), null), v.apply(a))),
                new Act("refuse", w.consulent, OndersteuningsaanvraagStatus.MDO,
                        (u, a) -> w.besluiten.refuse(u, a.id(), "Niet nodig.", v.apply(a))),
                new Act("hold", w.consulent, OndersteuningsaanvraagStatus.MDO,
                        (u, a) -> w.besluiten.hold(u, a.id(), "Eerst observeren.", null, v.apply(a))),
                new Act("resume", w.consulent, OndersteuningsaanvraagStatus.BESLOTEN,
                        (u, a) -> w.besluiten.resume(u, a.id(), v.apply(a))));
    }

    /** One group aanvraag of the noord school in each state an act can start from, and a granted one. */
    private static Map<String, Ondersteuningsaanvraag> everyState(ArrangementWorld w) {
        w.as(w.directeur, u -> w.settings.update(u, new ArrangementSettings(true)));
        LocalDate today = w.today();
        Map<String, Ondersteuningsaanvraag> states = new LinkedHashMap<>();
        java.util.function.Supplier<Ondersteuningsaanvraag> concept = () -> w.as(w.ib, u -> w.aanvragen.createConcept(u,
                new AanvraagInput(w.school.id(), null, "groep 4", 5, OndersteuningsRoute.ROUTE_1, "Leesgroep.", null)));
        java.util.function.Function<Ondersteuningsaanvraag, Ondersteuningsaanvraag> fiat =
                a -> w.as(w.ib, u -> w.aanvragen.submit(u, a.id(), a.version()));
        java.util.function.Function<Ondersteuningsaanvraag, Ondersteuningsaanvraag> ingediend =
                a -> w.as(w.bestuurder, u -> w.aanvragen.fiatteer(u, a.id(), true, null, a.version()));
        java.util.function.Function<Ondersteuningsaanvraag, Ondersteuningsaanvraag> take =
                a -> w.as(w.consulent, u -> w.aanvragen.takeInBehandeling(u, a.id(), null, a.version()));
        java.util.function.Function<Ondersteuningsaanvraag, Ondersteuningsaanvraag> mdo =
                a -> w.as(w.consulent, u -> w.aanvragen.recordMdo(u, a.id(), new MdoInput(today, "IB, consulent", null,
                        "Leesgroep.", List.of(today.plusDays(30))), a.version()));
        states.put("concept", concept.get());
        states.put("fiat", fiat.apply(concept.get()));
        states.put("ingediend", ingediend.apply(fiat.apply(concept.get())));
        states.put("inBehandeling", take.apply(ingediend.apply(fiat.apply(concept.get()))));
        Ondersteuningsaanvraag t = take.apply(ingediend.apply(fiat.apply(concept.get())));
        states.put("informatie", w.as(w.consulent, u -> w.aanvragen.requestInformation(u, t.id(), "Welke?", t.version())));
        states.put("mdo", mdo.apply(take.apply(ingediend.apply(fiat.apply(concept.get())))));
        Ondersteuningsaanvraag m1 = mdo.apply(take.apply(ingediend.apply(fiat.apply(concept.get()))));
        states.put("afgewezen", w.as(w.consulent, u -> w.besluiten.refuse(u, m1.id(), "Nee.", m1.version())));
        Ondersteuningsaanvraag m2 = mdo.apply(take.apply(ingediend.apply(fiat.apply(concept.get()))));
        states.put("aangehouden", w.as(w.consulent, u -> w.besluiten.hold(u, m2.id(), "Later.", null, m2.version())));
        Ondersteuningsaanvraag m3 = mdo.apply(take.apply(ingediend.apply(fiat.apply(concept.get()))));
        w.as(w.consulent, u -> w.besluiten.grant(u, m3.id(), grant(today, new BigDecimal("100.00"), null), m3.version()));
        states.put("lopend", w.as(w.consulent, u -> w.aanvragen.get(u, m3.id())));
        return states;
    }

    private static boolean allowed(Act act, String naam, Ondersteuningsaanvraag a) {
        return a.status() == act.van() && (!act.naam().equals("resume") || naam.equals("aangehouden"));
    }

    @Test
    void everyActStartsOnlyFromItsOwnStateAndNeedsTheVersionLastRead() {
        ArrangementWorld w = ArrangementWorld.fresh(spring, fixtures);
        Map<String, Ondersteuningsaanvraag> states = everyState(w);
        assertThat(states.values()).extracting(Ondersteuningsaanvraag::status).contains(
                OndersteuningsaanvraagStatus.CONCEPT, OndersteuningsaanvraagStatus.FIAT_GEVRAAGD,
                OndersteuningsaanvraagStatus.INGEDIEND, OndersteuningsaanvraagStatus.IN_BEHANDELING,
                OndersteuningsaanvraagStatus.INFORMATIE_GEVRAAGD, OndersteuningsaanvraagStatus.MDO,
                OndersteuningsaanvraagStatus.BESLOTEN, OndersteuningsaanvraagStatus.LOPEND);
        int refused = 0;
        for (Act act : acts(w, true)) {
            for (Map.Entry<String, Ondersteuningsaanvraag> state : states.entrySet()) {
                Ondersteuningsaanvraag a = state.getValue();
                if (allowed(act, state.getKey(), a)) {
                    continue;
                }
                String expected = act.naam().equals("resume") && state.getKey().equals("afgewezen")
                        ? "ondersteuningsaanvraag-not-held" : a.status().code();
                assertThatThrownBy(() -> w.as(act.door(), u -> act.doe().apply(u, a)))
                        .as(act.naam() + " from " + state.getKey())
                        .isInstanceOf(PassendException.Conflict.class)
                        .extracting(e -> ((PassendException) e).code()).isEqualTo(expected);
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(60);
        // without the version last read, no act passes, not even from its own state
        for (Act act : acts(w, false)) {
            Map.Entry<String, Ondersteuningsaanvraag> own = states.entrySet().stream()
                    .filter(e -> allowed(act, e.getKey(), e.getValue())).findFirst().orElseThrow();
            assertThatThrownBy(() -> w.as(act.door(), u -> act.doe().apply(u, own.getValue())))
                    .as(act.naam() + " without a version")
                    .isInstanceOf(PassendException.RuleViolation.class)
                    .extracting(e -> ((PassendException) e).code()).isEqualTo("version-required");
        }
        Ondersteuningsaanvraag concept = states.get("concept");
        assertThatThrownBy(() -> w.as(w.ib, u -> w.aanvragen.updateConcept(u, concept.id(), new AanvraagInput(
                w.school.id(), null, "groep 4", 6, OndersteuningsRoute.ROUTE_1, "Leesgroep.", null), null)))
                .isInstanceOf(PassendException.RuleViolation.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("version-required");
        Ondersteuningsaanvraag lopend = states.get("lopend");
        Arrangement arr = w.as(w.consulent, u -> w.arrangementen.ofAanvraag(u, lopend.id())).orElseThrow();
        assertThatThrownBy(() -> w.as(w.consulent, u -> w.arrangementen.evaluate(u, arr.id(), new EvaluatieInput(
                w.today(), "IB", false, false, "Klaar.", EvaluatieUitkomst.AFSLUITEN, null), null)))
                .isInstanceOf(PassendException.RuleViolation.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("version-required");
        // nothing moved
        for (Map.Entry<String, Ondersteuningsaanvraag> state : states.entrySet()) {
            Ondersteuningsaanvraag now = w.as(w.consulent, u -> w.aanvragen.get(u, state.getValue().id()));
            assertThat(now.status()).as(state.getKey()).isEqualTo(state.getValue().status());
            assertThat(now.version()).as(state.getKey()).isEqualTo(state.getValue().version());
        }
    }

    @Test
    void aConsulentChargesOnlyTheSchoolsWerkgebiedAndTheDirectorMayChooseAnother() {
        ArrangementWorld w = ArrangementWorld.fresh(spring, fixtures);
        Ondersteuningsaanvraag a = w.afterMdo(w.inBehandeling());
        ToekenningInput elders = new ToekenningInput("Passend.", ArrangementSoort.INDIVIDUEEL, "Leespunt BV", w.today(),
                w.today().plusMonths(3), null, new BigDecimal("500.00"), BudgetSoort.WERKGEBIED, w.zuid.id(), null, null);
        assertThatThrownBy(() -> w.as(w.consulent, u -> w.besluiten.grant(u, a.id(), elders, a.version())))
                .isInstanceOf(PassendException.Forbidden.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("arrangement-werkgebied-not-schools");
        assertThatThrownBy(() -> w.as(w.consulent, u -> w.besluiten.checkBudget(u, a.id(), elders)))
                .isInstanceOf(PassendException.Forbidden.class);
        ToekenningInput eigen = new ToekenningInput("Passend.", ArrangementSoort.INDIVIDUEEL, "Leespunt BV", w.today(),
                w.today().plusMonths(3), null, new BigDecimal("500.00"), BudgetSoort.WERKGEBIED, w.noord.id(), null, null);
        assertThat(w.as(w.consulent, u -> w.besluiten.checkBudget(u, a.id(), eigen)).gecontroleerd()).isFalse();
        Arrangement arr = w.as(w.directeur, u -> w.besluiten.grant(u, a.id(), elders, a.version()));
        assertThat(arr.werkgebiedId()).isEqualTo(w.zuid.id());
    }

    private static ToekenningInput grant(LocalDate start, BigDecimal bedrag, String reden) {
        return new ToekenningInput("Het MDO ziet een leesarrangement als passend.", ArrangementSoort.INDIVIDUEEL,
                "Leespunt BV", start, start.plusMonths(5), new BigDecimal("40"), bedrag, BudgetSoort.WERKGEBIED, null,
                null, reden);
    }
}
