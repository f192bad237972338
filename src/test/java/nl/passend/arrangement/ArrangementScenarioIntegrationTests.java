package nl.passend.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.finance.Begrotingspost;
import nl.passend.groeidocument.GroeidocumentInput;
import nl.passend.groeidocument.GroeidocumentService;
import nl.passend.groeidocument.GroeidocumentVersie;
import nl.passend.groeidocument.Ontvanger;
import nl.passend.groeidocument.Toestemming;
import nl.passend.groeidocument.ToestemmingBron;
import nl.passend.groeidocument.ToestemmingOnderwerp;
import nl.passend.groeidocument.ToestemmingService;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedInput;
import nl.passend.organisation.WerkgebiedService;
import nl.passend.oso.OsoImport;
import nl.passend.oso.OsoImportService;
import nl.passend.oso.OsoPreview;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.werkvoorraad.Deadline;
import nl.passend.werkvoorraad.DeadlineService;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole life of an aanvraag extra ondersteuning, told once: the school's OSO dossier imported → a
 * concept aanvraag with the groeidocument prefilled → submitted → in behandeling (with a question back
 * to the school) → MDO with two evaluation moments → granted: an arrangement with a beschikkingsnummer →
 * provider invoices (one that matches, one above the besluit) → the monthly settlement per schoolbestuur
 * → the evaluation with the parents → afgesloten.
 * <p>
 * The story's dates are fixed in the autumn of 2026, before the day this was written (22 November
 * 2026), so that every euro below is computed by hand; the acts themselves happen today (the grant is
 * retroactive: the support started on the MDO's advice and the formal besluit followed, which the
 * settlement corrects for). Only the year of the beschikkingsnummer follows the clock.
 */
@PassendIntegrationTest
class ArrangementScenarioIntegrationTests {

    static final String DOSSIER = "/oso/scenario/dossier-daan.xml";
    static final LocalDate MDO = LocalDate.of(2026, 9, 3);
    static final LocalDate START = LocalDate.of(2026, 9, 7);
    static final LocalDate EIND = LocalDate.of(2026, 11, 13);
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth OKTOBER = YearMonth.of(2026, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired Fixtures fixtures;
    @Autowired WerkgebiedService werkgebieden;
    @Autowired SchoolService scholen;
    @Autowired LeerlingService leerlingen;
    @Autowired OsoImportService oso;
    @Autowired GroeidocumentService groeidocumenten;
    @Autowired ToestemmingService toestemmingen;
    @Autowired OndersteuningsaanvraagService aanvragen;
    @Autowired ArrangementBesluitService besluiten;
    @Autowired ArrangementService arrangementen;
    @Autowired FactuurService facturen;
    @Autowired VerrekeningService verrekeningen;
    @Autowired VerrekeningDocumenten documenten;
    @Autowired DeadlineService deadlines;
    @Autowired Clock clock;

    private Tenant tenant;

    @Test
    void anAanvraagLivesFromTheOsoDossierToTheClosedArrangement() throws IOException {
        tenant = fixtures.tenant();
        Werkgebied noord = as(tenant.beheerder(), u -> werkgebieden.create(u, werkgebied("Noord")));
        Bestuur wilg = fixtures.bestuur(tenant);
        Bestuur ander = fixtures.bestuur(tenant);
        // The school of the dossier (BRIN 96ZX, vestiging 01) and a school of another bestuur, both in Noord.
        School school = as(tenant.beheerder(), u -> scholen.create(u, school("96ZX", "OBS De Verzonnen Wilg", wilg, noord)));
        School andere = as(tenant.beheerder(), u -> scholen.create(u,
                school(Fixtures.randomBrin(), "CBS Het Andere Veld", ander, noord)));
        TestUser ib = fixtures.user(tenant, Role.IB, school.id());
        TestUser ibAndere = fixtures.user(tenant, Role.IB, andere.id());
        TestUser consulent = fixtures.user(tenant, Role.CONSULENT, noord.id());
        TestUser controller = fixtures.user(tenant, Role.CONTROLLER, null);
        TestUser bestuurWilg = fixtures.userWithoutTotp(tenant, Role.BESTUUR, wilg.id());
        TestUser ouder = fixtures.userWithoutTotp(tenant, Role.OUDER, null);

        // The IB uploads the school's OSO dossier: the preview names the school, the pupil and the parents,
        // without the secret address of one parent and the secret phone number of the other.
        byte[] xml = resource(DOSSIER);
        OsoPreview preview = as(ib, u -> oso.preview(u, xml));
        assertThat(preview.school().id()).isEqualTo(school.id());
        assertThat(preview.volledig()).isTrue();
        assertThat(preview.bestaandeLeerlingId()).isNull();
        assertThat(preview.leerling().achternaam()).isEqualTo("Testbakker");
        assertThat(preview.leerling().geboortedatum()).isEqualTo(LocalDate.of(2017, 2, 3));
        assertThat(preview.ouders()).extracting(OsoPreview.Ouder::naam)
                .containsExactlyInAnyOrder("Mirjam Testbakker", "Ruben de Testvries");
        OsoPreview.Ouder ruben = preview.ouders().stream().filter(o -> o.naam().startsWith("Ruben")).findFirst().orElseThrow();
        assertThat(ruben.adresGeheim()).isTrue();
        assertThat(ruben.adres()).isNull();
        OsoPreview.Ouder mirjam = preview.ouders().stream().filter(o -> o.naam().startsWith("Mirjam")).findFirst().orElseThrow();
        assertThat(mirjam.telefoon()).isNull();
        assertThat(mirjam.email()).isEqualTo("mirjam@voorbeeld.invalid");
        assertThat(preview.ondersteuning().diagnoses()).extracting(OsoPreview.Diagnose::naam).containsExactly("Dyslexie");
        assertThat(preview.bijlagen()).hasSize(2).allMatch(OsoPreview.Bijlage::overgenomen);

        // Confirmed: the pupil, the groeidocument prefilled with the dossier's support data and its two
        // attachments, the parents' consent (toestemming Ja) for the SWV, and a concept aanvraag.
        OsoImport imported = as(ib, u -> oso.importeer(u, xml));
        assertThat(imported.leerlingNieuw()).isTrue();
        assertThat(imported.bijlagen()).isEqualTo(2);
        assertThat(imported.toestemmingen()).isEqualTo(3);
        assertThat(imported.aanvraagId()).isNotNull();
        OsoImport again = as(ib, u -> oso.importeer(u, xml));
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.aanvraagId()).isEqualTo(imported.aanvraagId());
        UUID daan = imported.leerlingId();
        List<Ondersteuningsaanvraag> ofDaan = as(ib, u -> aanvragen.list(u, null, daan));
        assertThat(ofDaan).extracting(Ondersteuningsaanvraag::id).containsExactly(imported.aanvraagId());

        Ondersteuningsaanvraag concept = as(ib, u -> aanvragen.get(u, imported.aanvraagId()));
        assertThat(concept.status()).isEqualTo(OndersteuningsaanvraagStatus.CONCEPT);
        assertThat(concept.schoolId()).isEqualTo(school.id());
        assertThat(concept.route()).isEqualTo(OndersteuningsRoute.ROUTE_1);
        assertThat(concept.groeidocumentVersieId()).isEqualTo(imported.groeidocumentVersieId());
        GroeidocumentVersie prefilled = as(ib, u -> groeidocumenten.current(u, daan)).orElseThrow();
        assertThat(prefilled.id()).isEqualTo(imported.groeidocumentVersieId());
        assertThat(prefilled.inhoud().belemmerendeFactoren()).contains("Dyslexie");
        assertThat(prefilled.inhoud().ingezetEnResultaat()).contains("technisch lezen en spelling")
                .contains("ARR-2025-0007");
        assertThat(prefilled.inhoud().aanwezigheid()).contains("4 dagdelen geoorloofd");
        List<Toestemming> consent = as(ib, u -> toestemmingen.list(u, daan));
        assertThat(consent).hasSize(3).allMatch(t -> t.gegeven() && t.bron() == ToestemmingBron.OSO
                && t.ontvanger() == Ontvanger.SWV && t.op().equals(LocalDate.of(2026, 8, 27)));
        assertThat(consent).extracting(Toestemming::onderwerp).containsOnly(ToestemmingOnderwerp.GROEIDOCUMENT,
                ToestemmingOnderwerp.BIJLAGE);

        // The IB writes the perspectives into the groeidocument (a second version) and the real question.
        GroeidocumentInput p = prefilled.inhoud();
        GroeidocumentVersie v2 = as(ib, u -> groeidocumenten.save(u, daan, new GroeidocumentInput(
                "Daan wil zelf boeken kunnen lezen.", "Ouders willen dat Daan weer plezier heeft in lezen.",
                "De leerkracht zoekt handvatten voor instructie in een groep van 29.", null,
                "Sterk mondeling, behulpzaam.", p.belemmerendeFactoren(), "Verlengde instructie en voorleessoftware.",
                "Coaching bij differentiatie.", "Eind groep 5: AVI E4.", p.ingezetEnResultaat(), p.aanwezigheid())));
        assertThat(v2.nummer()).isEqualTo(2);
        Ondersteuningsaanvraag written = as(ib, u -> aanvragen.updateConcept(u, concept.id(), new AanvraagInput(
                school.id(), daan, null, null, OndersteuningsRoute.ROUTE_1,
                "Ambulante begeleiding lezen en spelling, twee uur per week, om AVI E4 te halen.", v2.id()),
                concept.version()));

        // Filed: it waits for the SWV's intake on the consulenten's worklist.
        Ondersteuningsaanvraag filed = as(ib, u -> aanvragen.submit(u, written.id(), written.version()));
        assertThat(filed.status()).isEqualTo(OndersteuningsaanvraagStatus.INGEDIEND);
        assertThat(filed.ingediendOp()).isEqualTo(LocalDate.now(clock));
        assertThat(filed.groeidocumentVersieId()).isEqualTo(v2.id());
        assertThat(open(filed.id())).extracting(Deadline::soort).containsExactly("ARR_INTAKE");

        // The parent account is linked; the parent follows the aanvraag of their own child.
        Leerling leerling = as(ib, u -> leerlingen.get(u, daan));
        UUID mirjamId = leerling.ouders().stream().filter(o -> o.naam().startsWith("Mirjam")).findFirst().orElseThrow().id();
        as(ib, u -> {
            leerlingen.linkOuderAccount(u, mirjamId, ouder.user().accountId());
            return null;
        });
        assertThat(as(ouder, u -> aanvragen.get(u, filed.id())).status()).isEqualTo(OndersteuningsaanvraagStatus.INGEDIEND);

        // The consulent of Noord takes it, asks one question back, and gets the answer.
        Ondersteuningsaanvraag taken = as(consulent, u -> aanvragen.takeInBehandeling(u, filed.id(), null, filed.version()));
        assertThat(taken.status()).isEqualTo(OndersteuningsaanvraagStatus.IN_BEHANDELING);
        assertThat(taken.consulentId()).isEqualTo(consulent.user().accountId());
        assertThat(open(filed.id())).extracting(Deadline::soort).containsExactly("ARR_MDO");
        Ondersteuningsaanvraag asked = as(consulent, u -> aanvragen.requestInformation(u, filed.id(),
                "Welke leesinterventies zijn in groep 4 ingezet?", taken.version()));
        assertThat(asked.status()).isEqualTo(OndersteuningsaanvraagStatus.INFORMATIE_GEVRAAGD);
        assertThat(open(filed.id())).extracting(Deadline::soort).containsExactlyInAnyOrder("ARR_MDO", "ARR_INFORMATIE");
        Ondersteuningsaanvraag answered = as(ib, u -> aanvragen.supplement(u, filed.id(),
                "Connect lezen, 3 x per week 15 minuten, een half jaar.", null, asked.version()));
        assertThat(answered.status()).isEqualTo(OndersteuningsaanvraagStatus.IN_BEHANDELING);
        assertThat(open(filed.id())).extracting(Deadline::soort).containsExactly("ARR_MDO");

        // The MDO (school, parents, consulent): ambulante begeleiding, evaluated halfway and at the end.
        Ondersteuningsaanvraag mdo = as(consulent, u -> aanvragen.recordMdo(u, filed.id(), new MdoInput(MDO,
                "IB, leerkracht, moeder, consulent", "Daan: lezen is saai. Ouders: thuis voorlezen helpt.",
                "Ambulante begeleiding lezen, 2 uur per week.", List.of(EIND, LocalDate.of(2026, 10, 15))),
                answered.version()));
        assertThat(mdo.status()).isEqualTo(OndersteuningsaanvraagStatus.MDO);
        assertThat(mdo.mdoDatum()).isEqualTo(MDO);
        List<Evaluatiemoment> agreed = as(consulent, u -> aanvragen.evaluatiemomenten(u, filed.id()));
        assertThat(agreed).extracting(Evaluatiemoment::datum).containsExactly(LocalDate.of(2026, 10, 15), EIND);
        assertThat(open(filed.id())).extracting(Deadline::soort).containsExactly("ARR_BESLUIT");

        // September of the Wilg's bestuur is vastgesteld before the grant: nothing to settle then.
        Verrekening septemberBefore = as(controller, u -> verrekeningen.vaststellen(u, wilg.id(), SEPTEMBER));
        assertThat(septemberBefore.regels()).isEmpty();
        assertThat(septemberBefore.totaal()).isEqualByComparingTo("0.00");

        // The consulent grants it, on the werkgebied's budget (no verdeelmodel in force: nothing to check).
        ToekenningInput toekenning = new ToekenningInput("Past bij de onderwijsbehoeften; ouders stemmen in.",
                ArrangementSoort.INDIVIDUEEL, "Leesbureau Fictief", START, EIND, new BigDecimal("20"),
                new BigDecimal("4000.00"), BudgetSoort.WERKGEBIED, null, null, null);
        assertThat(as(consulent, u -> besluiten.checkBudget(u, filed.id(), toekenning)).gecontroleerd()).isFalse();
        Arrangement arrangement = as(consulent, u -> besluiten.grant(u, filed.id(), toekenning, mdo.version()));
        String nummer = arrangement.beschikkingsnummer();
        assertThat(nummer).matches("ARR-" + LocalDate.now(clock).getYear() + "-\\d{4}");
        assertThat(arrangement.status()).isEqualTo(ArrangementStatus.LOPEND);
        assertThat(arrangement.werkgebiedId()).isEqualTo(noord.id());
        assertThat(arrangement.bestuurId()).isEqualTo(wilg.id());
        assertThat(arrangement.leerlingId()).isEqualTo(daan);
        assertThat(arrangement.bovenBudget()).isFalse();
        Ondersteuningsaanvraag granted = as(ouder, u -> aanvragen.get(u, filed.id()));
        assertThat(granted.status()).isEqualTo(OndersteuningsaanvraagStatus.LOPEND);
        assertThat(granted.besluitUitkomst()).isEqualTo(BesluitUitkomst.TOEGEKEND);
        assertThat(open(filed.id())).isEmpty();
        List<Evaluatiemoment> momenten = as(consulent, u -> aanvragen.evaluatiemomenten(u, filed.id()));
        assertThat(momenten).allSatisfy(m -> assertThat(open(m.id())).singleElement()
                .satisfies(d -> {
                    assertThat(d.soort()).isEqualTo("ARR_EVALUATIE");
                    assertThat(d.due()).isEqualTo(m.datum());
                    assertThat(d.ownerAccount()).isEqualTo(consulent.user().accountId());
                }));

        // A group arrangement at the other bestuur's school, for October, on the central OZA post.
        Ondersteuningsaanvraag groep = as(ibAndere, u -> aanvragen.createConcept(u, new AanvraagInput(andere.id(), null,
                "groep 3, technisch lezen", 6, OndersteuningsRoute.ROUTE_1, "Extra leesgroep in oktober.", null)));
        Ondersteuningsaanvraag groepIngediend = as(ibAndere, u -> aanvragen.submit(u, groep.id(), groep.version()));
        Ondersteuningsaanvraag groepGenomen = as(consulent, u -> aanvragen.takeInBehandeling(u, groep.id(), null,
                groepIngediend.version()));
        Ondersteuningsaanvraag groepMdo = as(consulent, u -> aanvragen.recordMdo(u, groep.id(), new MdoInput(MDO,
                "IB, leerkrachten, consulent", null, "Leesgroep.", List.of(LocalDate.of(2026, 10, 30))),
                groepGenomen.version()));
        Arrangement groepArrangement = as(consulent, u -> besluiten.grant(u, groep.id(), new ToekenningInput(
                "Zes leerlingen met dezelfde leesvraag.", ArrangementSoort.GROEP, "Leesbureau Fictief",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), null, new BigDecimal("1500.00"),
                BudgetSoort.CENTRAAL, null, Begrotingspost.OZA, null), groepMdo.version()));
        assertThat(groepArrangement.beschikkingsnummer()).isNotEqualTo(nummer);
        List<Arrangement> ofWilg = as(controller, u -> arrangementen.list(u, new ArrangementFilter(wilg.id(), null, null,
                null, null, null)));
        assertThat(ofWilg).extracting(Arrangement::beschikkingsnummer).containsExactly(nummer);

        // The provider's invoices: September as decided, then one that brings the total above the besluit.
        Factuur september = as(controller, u -> facturen.registreer(u, factuur(nummer, "LF-2026-101",
                START, LocalDate.of(2026, 9, 30), "1411.76")));
        assertThat(september.arrangementId()).isEqualTo(arrangement.id());
        assertThat(september.signalen()).isEmpty();
        // 1.411,76 + 2.800,00 = 4.211,76 > 4.000,00
        Factuur rest = as(controller, u -> facturen.registreer(u, factuur(nummer.toLowerCase(), "LF-2026-102",
                LocalDate.of(2026, 10, 1), EIND, "2800.00")));
        assertThat(rest.signalen()).containsExactly(FactuurSignaal.BOVEN_BESLUIT);
        List<Factuur> flagged = as(controller, u -> facturen.list(u, nummer, true));
        assertThat(flagged).extracting(Factuur::factuurnummer).containsExactly("LF-2026-102");
        assertThatThrownBy(() -> as(controller, u -> facturen.registreer(u, factuur(nummer, "LF-2026-102",
                START, EIND, "10.00"))))
                .isInstanceOfSatisfying(PassendException.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("factuur-dubbel"));

        // The settlement, spread by days: 7-30 Sep 24 days, Oct 31, 1-13 Nov 13; 68 days in all.
        // 400.000 cents x 24/68 = 141.176,47 -> 1.411,76 (remainder 0,47 cent)
        // 400.000 cents x 31/68 = 182.352,94 -> 1.823,52 (0,94) + 1 cent = 1.823,53
        // 400.000 cents x 13/68 =  76.470,58 ->   764,70 (0,58) + 1 cent =   764,71
        // 1.411,76 + 1.823,53 + 764,71 = 4.000,00; the two cents left go to the largest remainders.
        // September was vastgesteld at 0,00, so October carries September's part as a correctie:
        // 1.823,53 + 1.411,76 = 3.235,29.
        Verrekening oktober = as(controller, u -> verrekeningen.verrekening(u, wilg.id(), OKTOBER, null));
        assertThat(oktober.vastgesteld()).isFalse();
        assertThat(oktober.regels()).singleElement().satisfies(r -> {
            assertThat(r.beschikkingsnummer()).isEqualTo(nummer);
            assertThat(r.maanddeel()).isEqualByComparingTo("1823.53");
            assertThat(r.correctie()).isEqualByComparingTo("1411.76");
            assertThat(r.bedrag()).isEqualByComparingTo("3235.29");
            assertThat(r.post()).isEqualTo(Begrotingspost.WERKGEBIEDEN);
        });
        Verrekening oktoberVast = as(controller, u -> verrekeningen.vaststellen(u, wilg.id(), OKTOBER));
        assertThat(oktoberVast.vastgesteld()).isTrue();
        assertThat(oktoberVast.totaal()).isEqualByComparingTo("3235.29");
        assertThat(oktoberVast.perPost()).containsOnlyKeys(Begrotingspost.WERKGEBIEDEN);
        // November (not over yet: voorlopig) has its own part only: the earlier months are settled in full.
        Verrekening november = as(bestuurWilg, u -> verrekeningen.verrekening(u, wilg.id(), NOVEMBER, null));
        assertThat(november.vastgesteld()).isFalse();
        assertThat(november.regels()).singleElement().satisfies(r -> {
            assertThat(r.maanddeel()).isEqualByComparingTo("764.71");
            assertThat(r.correctie()).isEqualByComparingTo("0.00");
        });
        assertThat(november.totaal()).isEqualByComparingTo("764.71");
        // 0,00 + 3.235,29 + 764,71 = 4.000,00: the whole besluit, once.
        assertThat(septemberBefore.totaal().add(oktoberVast.totaal()).add(november.totaal()))
                .isEqualByComparingTo("4000.00");
        // The other bestuur's group arrangement: 1.500,00 in October on OZA, not on the Wilg's statement.
        Verrekening anderOktober = as(controller, u -> verrekeningen.verrekening(u, ander.id(), OKTOBER, null));
        assertThat(anderOktober.perPost()).containsOnlyKeys(Begrotingspost.OZA);
        assertThat(anderOktober.totaal()).isEqualByComparingTo("1500.00");
        assertThatThrownBy(() -> as(bestuurWilg, u -> verrekeningen.verrekening(u, ander.id(), OKTOBER, null)))
                .isInstanceOf(PassendException.NotFound.class);

        // The statement as the bestuur downloads it: CSV and PDF with the beschikkingsnummer and the amounts.
        Verrekening oktoberBestuur = as(bestuurWilg, u -> verrekeningen.verrekening(u, wilg.id(), OKTOBER, null));
        String csv = as(bestuurWilg, u -> documenten.csv(u, oktoberBestuur));
        assertThat(csv).contains(nummer).contains("1823,53;1411,76;3235,29");
        String pdf = text(as(bestuurWilg, u -> documenten.pdf(u, oktoberBestuur)));
        assertThat(pdf).contains(nummer).contains(wilg.naam()).contains("3.235,29");

        // The evaluation at the end, with the parents: the arrangement and the aanvraag close.
        Ondersteuningsaanvraag lopend = as(consulent, u -> aanvragen.get(u, filed.id()));
        Arrangement closed = as(consulent, u -> arrangementen.evaluate(u, arrangement.id(), new EvaluatieInput(EIND,
                "Moeder, Daan, leerkracht, consulent", true, true, "AVI E4 gehaald; Daan leest graag voor.",
                EvaluatieUitkomst.AFSLUITEN, null), lopend.version()));
        assertThat(closed.status()).isEqualTo(ArrangementStatus.AFGESLOTEN);
        assertThat(closed.afgeslotenOp()).isEqualTo(EIND);
        assertThat(as(ouder, u -> aanvragen.get(u, filed.id())).status()).isEqualTo(OndersteuningsaanvraagStatus.AFGESLOTEN);
        List<Evaluatie> evaluaties = as(consulent, u -> arrangementen.evaluaties(u, arrangement.id()));
        assertThat(evaluaties).singleElement().satisfies(e -> {
            assertThat(e.oudersAanwezig()).isTrue();
            assertThat(e.uitkomst()).isEqualTo(EvaluatieUitkomst.AFSLUITEN);
            assertThat(e.oudeEind()).isEqualTo(EIND);
        });
        assertThat(momenten).allSatisfy(m -> assertThat(open(m.id())).isEmpty());
        assertThat(open(filed.id())).isEmpty();

        // Settled months are reproducible: September stays 0,00 and October 3.235,29, after all of this;
        // after the end date nothing more is charged.
        assertThat(as(controller, u -> verrekeningen.verrekening(u, wilg.id(), SEPTEMBER, null)).totaal())
                .isEqualByComparingTo("0.00");
        Verrekening oktoberLater = as(controller, u -> verrekeningen.verrekening(u, wilg.id(), OKTOBER, null));
        assertThat(oktoberLater.vastgesteld()).isTrue();
        assertThat(oktoberLater.regels()).isEqualTo(oktoberVast.regels());
        assertThat(as(controller, u -> verrekeningen.verrekening(u, wilg.id(), DECEMBER, null)).regels()).isEmpty();
        List<Arrangement> closedInNoord = as(controller, u -> arrangementen.list(u, new ArrangementFilter(null, null,
                noord.id(), ArrangementStatus.AFGESLOTEN, null, null)));
        assertThat(closedInNoord).extracting(Arrangement::id).containsExactly(arrangement.id());
    }

    private List<Deadline> open(UUID subjectId) {
        return TenantContext.callAs(tenant.id(), () -> deadlines.openFor(subjectId));
    }

    private static WerkgebiedInput werkgebied(String naam) {
        WerkgebiedInput in = new WerkgebiedInput();
        in.setNaam(naam);
        return in;
    }

    private static SchoolInput school(String brin, String naam, Bestuur bestuur, Werkgebied werkgebied) {
        SchoolInput in = new SchoolInput();
        in.setBrin(brin);
        in.setVestigingsnummer("01");
        in.setNaam(naam);
        in.setSoort(SchoolSoort.BAO);
        in.setBestuurId(bestuur.id());
        in.setWerkgebiedId(werkgebied.id());
        return in;
    }

    private static FactuurInput factuur(String beschikkingsnummer, String factuurnummer, LocalDate van, LocalDate tot,
                                        String bedrag) {
        FactuurInput in = new FactuurInput();
        in.setBeschikkingsnummer(beschikkingsnummer);
        in.setAanbieder("Leesbureau Fictief");
        in.setFactuurnummer(factuurnummer);
        in.setFactuurdatum(tot);
        in.setPeriodeVan(van);
        in.setPeriodeTot(tot);
        in.setBedrag(new BigDecimal(bedrag));
        return in;
    }

    static byte[] resource(String name) {
        try (InputStream in = ArrangementScenarioIntegrationTests.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("Test dossier missing: src/test/resources" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private <T> T as(TestUser user, Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
    }
}
