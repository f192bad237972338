package nl.passend.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.passend.arrangement.AanvraagInput;
import nl.passend.arrangement.Arrangement;
import nl.passend.arrangement.ArrangementBesluitService;
import nl.passend.arrangement.ArrangementService;
import nl.passend.arrangement.ArrangementSettings;
import nl.passend.arrangement.ArrangementSettingsService;
import nl.passend.arrangement.ArrangementSoort;
import nl.passend.arrangement.BudgetCheck;
import nl.passend.arrangement.BudgetSoort;
import nl.passend.arrangement.EvaluatieInput;
import nl.passend.arrangement.EvaluatieUitkomst;
import nl.passend.arrangement.FactuurInput;
import nl.passend.arrangement.FactuurService;
import nl.passend.arrangement.MdoInput;
import nl.passend.arrangement.Ondersteuningsaanvraag;
import nl.passend.arrangement.OndersteuningsaanvraagService;
import nl.passend.arrangement.OndersteuningsRoute;
import nl.passend.arrangement.ToekenningInput;
import nl.passend.arrangement.VerrekeningService;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.dossier.Woonachtig;
import nl.passend.finance.Begrotingspost;
import nl.passend.groeidocument.Bijlage;
import nl.passend.groeidocument.GroeidocumentService;
import nl.passend.groeidocument.Ontvanger;
import nl.passend.groeidocument.Opp;
import nl.passend.groeidocument.OppInput;
import nl.passend.groeidocument.OppService;
import nl.passend.groeidocument.ToestemmingBron;
import nl.passend.groeidocument.ToestemmingInput;
import nl.passend.groeidocument.ToestemmingOnderwerp;
import nl.passend.groeidocument.ToestemmingService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.term.SchoolYear;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Extra ondersteuning in one demo SWV, made through the real services as the demo accounts: groeidocumenten
 * (some with several versions, an attachment with consent per recipient), two OPPs (one whose handelingsdeel
 * was set after the {@code ouder} account agreed, one waiting for the parents), aanvragen extra ondersteuning
 * in every state over the werkgebieden, arrangements granted over the last twelve months (individual, group,
 * onderwijs-zorgarrangement on the central post OZA, inclusieondersteuner; running, extended and closed), a
 * few provider invoices of which one is above the besluit, and the monthly settlement of every bestuur for
 * each of the last twelve months, vastgesteld and booked by the {@code controller}.
 * <p>
 * The IB of the demo's own school files its pupils' aanvragen; for the schools in the other werkgebieden this
 * class adds one IB account per werkgebied ({@code ib-wg2}, ...; same password as the other demo accounts).
 * In the consulent's werkgebied the consulent handles and decides; elsewhere the medewerker handles and the
 * directeur decides. Zaanoever asks its boards' fiat: there the last two aanvragen went to the bestuur, which
 * approved one. Every act is dated the day the demo loads (the services take today from the clock); only
 * the MDO, the arrangement periods and the evaluations lie in the past year. Runs inside the loader's
 * transaction, bound to the SWV.
 */
@Component
@ConditionalOnProperty(name = "passend.demo.enabled", havingValue = "true")
class DemoArrangementen {

    /** The number of past months whose settlement is vastgesteld, per bestuur. */
    static final int MAANDEN = 12;

    private static final String[] IB_NAMEN = {"Iris Ingen", "Imke Immink", "Ids Ippel", "Ina IJzerman",
        "Isa Ilbrink", "Igor Ivens", "Ingrid Imhof", "Ivar Idema", "Irene Ising", "Ilja Ittmann"};

    /** What was loaded, for the log. */
    record Loaded(int aanvragen, int arrangementen, int groeidocumentVersies, int opps, int facturen,
                  int verrekeningen) {
    }

    private final JdbcClient jdbc;
    private final LeerlingService leerlingen;
    private final GroeidocumentService groeidocumenten;
    private final ToestemmingService toestemmingen;
    private final OppService opps;
    private final OndersteuningsaanvraagService aanvragen;
    private final ArrangementBesluitService besluiten;
    private final ArrangementService arrangementen;
    private final ArrangementSettingsService settings;
    private final FactuurService facturen;
    private final VerrekeningService verrekeningen;

    DemoArrangementen(JdbcClient jdbc, LeerlingService leerlingen, GroeidocumentService groeidocumenten,
                      ToestemmingService toestemmingen, OppService opps, OndersteuningsaanvraagService aanvragen,
                      ArrangementBesluitService besluiten, ArrangementService arrangementen,
                      ArrangementSettingsService settings, FactuurService facturen,
                      VerrekeningService verrekeningen) {
        this.jdbc = jdbc;
        this.leerlingen = leerlingen;
        this.groeidocumenten = groeidocumenten;
        this.toestemmingen = toestemmingen;
        this.opps = opps;
        this.aanvragen = aanvragen;
        this.besluiten = besluiten;
        this.arrangementen = arrangementen;
        this.settings = settings;
        this.facturen = facturen;
        this.verrekeningen = verrekeningen;
    }

    Loaded load(DemoPlan.Swv swv, LocalDate today) {
        return new Run(swv, today).load();
    }

    /** One SWV's load: the actors, schools and pupils it uses. */
    private final class Run {

        private final DemoPlan.Swv swv;
        private final LocalDate today;
        private final CurrentUser ib;
        private final CurrentUser mw;
        private final CurrentUser directeur;
        private final CurrentUser consulent;
        private final CurrentUser controller;
        private final UUID werkgebied;
        private final DemoPupils pupils;
        /** The IBs of one regular school in each other werkgebied (the demo's own IB when there is none). */
        private final List<CurrentUser> elders = new ArrayList<>();
        private int nr;

        Run(DemoPlan.Swv swv, LocalDate today) {
            this.swv = swv;
            this.today = today;
            this.ib = DemoUsers.signedIn(swv, "ib");
            this.mw = DemoUsers.signedIn(swv, "medewerker");
            this.directeur = DemoUsers.signedIn(swv, "directeur");
            this.consulent = DemoUsers.signedIn(swv, "consulent");
            this.controller = DemoUsers.signedIn(swv, "controller");
            this.werkgebied = consulent.grants().get(0).scopeId();
            this.pupils = new DemoPupils(DemoRegion.SEED ^ swv.administratienummer().hashCode() ^ 0x4152524EL, today);
        }

        Loaded load() {
            schoolIbs();
            LocalDate schooljaarEind = SchoolYear.of(today).lastDay();
            LocalDate kalenderjaarEind = LocalDate.of(today.getYear(), 12, 31);

            // Granted over the last twelve months: running, extended and closed.
            Leerling kindVanOuder = kindVanOuder();
            Granted g1 = grant(ib, kindVanOuder, null, ArrangementSoort.INDIVIDUEEL,
                    "Ambulante begeleiding, expertiseteam SWV", maand(10), schooljaarEind, "80", "14400.00",
                    BudgetSoort.WERKGEBIED, null);
            oppVastgesteld(kindVanOuder);
            consentForBijlage(kindVanOuder);
            CurrentUser sbo = DemoUsers.signedIn(swv, "ib-sbo");
            Granted g2 = grant(sbo, pupil(sbo, 9), null, ArrangementSoort.ONDERWIJS_ZORGARRANGEMENT,
                    "Zorgboerderij De Kapberg (onderwijs-zorgarrangement)", maand(12), schooljaarEind, null,
                    "28000.00", BudgetSoort.CENTRAAL, Begrotingspost.OZA);
            Granted g3 = grant(elders(0), null, "Groep 6/7, rekenen", ArrangementSoort.GROEP,
                    "Remedial teaching Rekenrijk", maand(9), kalenderjaarEind, "120", "9600.00",
                    BudgetSoort.WERKGEBIED, null);
            Granted g4 = grant(elders(1), pupil(elders(1), 7), null, ArrangementSoort.INCLUSIEONDERSTEUNER,
                    "Stichting Inclusief Onderwijs (partnerorganisatie)", maand(7), schooljaarEind, "240",
                    "18000.00", BudgetSoort.WERKGEBIED, null);
            Granted g5 = grant(elders(2), pupil(elders(2), 10), null, ArrangementSoort.INDIVIDUEEL,
                    "Gedragsspecialist Kompas", maand(11), maand(4).minusDays(1), "60", "8400.00",
                    BudgetSoort.WERKGEBIED, null);
            evaluate(g5, maand(4).minusDays(10), EvaluatieUitkomst.VERLENGEN, kalenderjaarEind);
            Granted g6 = grant(elders(3), pupil(elders(3), 8), null, ArrangementSoort.INDIVIDUEEL,
                    "Logopediepraktijk Klankkleur", maand(12), maand(5).minusDays(1), "40", "6000.00",
                    BudgetSoort.WERKGEBIED, null);
            evaluate(g6, maand(5).minusDays(11), EvaluatieUitkomst.AFSLUITEN, null);
            Granted g7 = grant(ib, pupil(ib, 6), null, ArrangementSoort.INDIVIDUEEL,
                    "Ambulante begeleiding, expertiseteam SWV", maand(8), maand(2).minusDays(1), "40", "7200.00",
                    BudgetSoort.WERKGEBIED, null);
            evaluate(g7, maand(2).minusDays(14), EvaluatieUitkomst.AFSLUITEN, null);
            grant(elders(4), pupil(elders(4), 11), null, ArrangementSoort.INDIVIDUEEL,
                    "Gedragsspecialist Kompas", maand(3), schooljaarEind, "50", "7500.00",
                    BudgetSoort.WERKGEBIED, null);
            grant(elders(5), pupil(elders(5), 5), null, ArrangementSoort.INDIVIDUEEL,
                    "Logopediepraktijk Klankkleur", maand(1), schooljaarEind, "30", "4500.00",
                    BudgetSoort.WERKGEBIED, null);
            overBudget();

            // Every state before the besluit, and the besluiten without an arrangement.
            Leerling concept = pupil(ib, 8);
            aanvragen.createConcept(ib, input(ib, concept));
            submitted(elders(6), pupil(elders(6), 9));
            Leerling aangevuld = pupil(ib, 7);
            Ondersteuningsaanvraag inBehandeling = taken(submitted(ib, aangevuld));
            Ondersteuningsaanvraag gevraagd = aanvragen.requestInformation(consulent, inBehandeling.id(),
                    DemoArrangementTexts.INFORMATIE_VRAAG, inBehandeling.version());
            UUID versie2 = groeidocumenten.save(ib, aangevuld.id(), DemoArrangementTexts.groeidocument(nr, true)).id();
            aanvragen.supplement(ib, inBehandeling.id(), DemoArrangementTexts.INFORMATIE_ANTWOORD, versie2,
                    gevraagd.version());
            oppWachtOpOuders(aangevuld);
            Ondersteuningsaanvraag informatie = taken(submitted(elders(0), pupil(elders(0), 10)));
            aanvragen.requestInformation(mw, informatie.id(), DemoArrangementTexts.INFORMATIE_VRAAG,
                    informatie.version());
            mdo(taken(submitted(elders(1), pupil(elders(1), 6))), today.minusDays(5),
                    List.of(today.plusMonths(3)));
            Ondersteuningsaanvraag afgewezen = mdo(taken(submitted(elders(2), pupil(elders(2), 9))),
                    today.minusDays(12), List.of(today.plusMonths(4)));
            besluiten.refuse(directeur, afgewezen.id(), DemoArrangementTexts.GRONDEN_AFGEWEZEN, afgewezen.version());
            Ondersteuningsaanvraag aangehouden = mdo(taken(submitted(ib, pupil(ib, 11))), today.minusDays(9),
                    List.of(today.plusMonths(4)));
            besluiten.hold(consulent, aangehouden.id(), DemoArrangementTexts.GRONDEN_AANGEHOUDEN, null,
                    aangehouden.version());

            if (!swv.administratienummer().equals(DemoShape.KENNEMERDUIN.administratienummer())) {
                // Zaanoever asks its boards' fiat: one approved by the bestuur, one waiting for it.
                settings.update(directeur, new ArrangementSettings(true));
                CurrentUser bestuur = DemoUsers.signedIn(swv, "bestuur");
                Ondersteuningsaanvraag gefiatteerd = submitted(ib, pupil(ib, 9));
                aanvragen.fiatteer(bestuur, gefiatteerd.id(), true, null, gefiatteerd.version());
                submitted(ib, pupil(ib, 5));
            }

            int invoices = invoices(g1, g3, g4, g6);
            int months = settlements();
            return new Loaded(count("ondersteuningsaanvraag"), count("arrangement"),
                    count("groeidocument_versie"), count("opp"), invoices, months);
        }

        // ---- the people and places

        /**
         * Adds the IB account of one regular school in each werkgebied besides the consulent's, with the
         * demo password (copied in SQL from the demo IB's account), so those schools can file aanvragen.
         */
        private void schoolIbs() {
            DemoPlan.User demoIb = swv.users().stream().filter(u -> u.id().equals(ib.accountId())).findFirst()
                    .orElseThrow();
            String suffix = demoIb.username().substring(demoIb.username().indexOf('.'));
            int i = 0;
            for (DemoPlan.Werkgebied w : swv.werkgebieden()) {
                if (w.id().equals(werkgebied)) {
                    continue;
                }
                DemoPlan.School school = swv.scholen().stream()
                        .filter(s -> s.soort().equals("BAO") && s.werkgebiedId().equals(w.id())).findFirst()
                        .orElse(null);
                if (school == null) {
                    continue;
                }
                UUID id = UUID.nameUUIDFromBytes(("demo-ib:" + school.id()).getBytes(StandardCharsets.UTF_8));
                String username = "ib-wg" + (swv.werkgebieden().indexOf(w) + 1) + suffix;
                String naam = IB_NAMEN[i++ % IB_NAMEN.length];
                jdbc.sql("""
                        INSERT INTO account (id, swv_id, username, display_name, email, password_hash)
                        SELECT ?, ?, ?, ?, ?, password_hash FROM account WHERE id = ?""")
                        .params(id, swv.id(), username, naam, username + DemoUsers.EMAIL_DOMAIN, demoIb.id())
                        .update();
                jdbc.sql("INSERT INTO role_assignment (swv_id, account_id, role, school_id) VALUES (?, ?, ?, ?)")
                        .params(swv.id(), id, Role.IB.name(), school.id()).update();
                elders.add(new CurrentUser(id, swv.id(), username, naam, List.of(new RoleGrant(Role.IB, school.id()))));
            }
            if (elders.isEmpty()) {
                elders.add(ib);
            }
        }

        private CurrentUser elders(int i) {
            return elders.get(i % elders.size());
        }

        private static UUID school(CurrentUser schoolIb) {
            return schoolIb.grants().get(0).scopeId();
        }

        /** Whether the consulent account's werkgebied holds the school (otherwise the medewerker handles). */
        private boolean bijConsulent(UUID schoolId) {
            return swv.scholen().stream().anyMatch(s -> s.id().equals(schoolId) && s.werkgebiedId().equals(werkgebied));
        }

        private CurrentUser handler(UUID schoolId) {
            return bijConsulent(schoolId) ? consulent : mw;
        }

        private CurrentUser decider(UUID schoolId) {
            return bijConsulent(schoolId) ? consulent : directeur;
        }

        /** A new pupil of the school, with a first groeidocument. */
        private Leerling pupil(CurrentUser schoolIb, int age) {
            Leerling l = leerlingen.create(schoolIb, pupils.pupil(school(schoolIb), age, Woonachtig.SWV, false));
            groeidocumenten.save(schoolIb, l.id(), DemoArrangementTexts.groeidocument(++nr, false));
            return l;
        }

        /** The child of the {@code ouder} account (see {@link DemoTlvCases}), with a groeidocument in two versions. */
        private Leerling kindVanOuder() {
            UUID ouder = DemoUsers.signedIn(swv, "ouder").accountId();
            UUID id = jdbc.sql("SELECT leerling_id FROM ouder WHERE swv_id = ? AND account_id = ? LIMIT 1")
                    .params(swv.id(), ouder).query(UUID.class).single();
            groeidocumenten.save(ib, id, DemoArrangementTexts.groeidocument(++nr, false));
            groeidocumenten.save(ib, id, DemoArrangementTexts.groeidocument(nr, true));
            return leerlingen.find(ib, id);
        }

        // ---- groeidocument, consent and OPP

        /** An MDO report in the groeidocument: the parents agreed to share it with the SWV, not with the care partner. */
        private void consentForBijlage(Leerling l) {
            Bijlage verslag = groeidocumenten.addBijlage(ib, l.id(), "verslag-mdo.txt", "text/plain",
                    DemoArrangementTexts.VERSLAG_MDO);
            String moeder = l.ouders().get(0).naam();
            toestemmingen.record(ib, new ToestemmingInput(l.id(), ToestemmingOnderwerp.BIJLAGE, verslag.id(),
                    Ontvanger.SWV, true, null, moeder, today.minusDays(20), ToestemmingBron.UI));
            toestemmingen.record(ib, new ToestemmingInput(l.id(), ToestemmingOnderwerp.BIJLAGE, verslag.id(),
                    Ontvanger.ZORGPARTNER, false, DemoArrangementTexts.ZORGPARTNER_WEIGERING, moeder,
                    today.minusDays(20), ToestemmingBron.UI));
        }

        /** An OPP whose handelingsdeel the {@code ouder} account agreed to, after which the IB set it. */
        private void oppVastgesteld(Leerling l) {
            Opp opp = opps.create(ib, l.id(), opp(today.minusWeeks(5), DemoArrangementTexts.OPP_HANDELINGSDEEL));
            opp = opps.update(ib, opp.id(), opp(today.minusWeeks(5),
                    DemoArrangementTexts.OPP_HANDELINGSDEEL_BIJGESTELD), opp.version());
            toestemmingen.record(DemoUsers.signedIn(swv, "ouder"), new ToestemmingInput(l.id(),
                    ToestemmingOnderwerp.OPP_HANDELINGSDEEL, opp.id(), null, true, null, null, today,
                    ToestemmingBron.UI));
            opps.vaststellenHandelingsdeel(ib, opp.id(), opp.version());
        }

        /** An OPP whose handelingsdeel waits for the parents' instemming ('OPP vaststellen' on the IB's worklist). */
        private void oppWachtOpOuders(Leerling l) {
            groeidocumenten.addBijlage(ib, l.id(), "handelingsplan.txt", "text/plain",
                    DemoArrangementTexts.HANDELINGSPLAN);
            opps.create(ib, l.id(), opp(today.minusWeeks(2), DemoArrangementTexts.OPP_HANDELINGSDEEL));
        }

        private static OppInput opp(LocalDate ingeschreven, String handelingsdeel) {
            return new OppInput(ingeschreven, DemoArrangementTexts.OPP_UITSTROOM,
                    DemoArrangementTexts.OPP_ONDERBOUWING, DemoArrangementTexts.OPP_ONDERSTEUNING,
                    DemoArrangementTexts.OPP_AFWIJKINGEN, DemoArrangementTexts.OPP_VISIE,
                    DemoArrangementTexts.OPP_WEGING, handelingsdeel);
        }

        // ---- the aanvraag's acts

        private AanvraagInput input(CurrentUser schoolIb, Leerling l) {
            return new AanvraagInput(school(schoolIb), l.id(), null, null, OndersteuningsRoute.ROUTE_1,
                    DemoArrangementTexts.vraag(nr), null);
        }

        private Ondersteuningsaanvraag submitted(CurrentUser schoolIb, Leerling l) {
            return submitted(schoolIb, l, null);
        }

        /** Files an aanvraag for the pupil, or for the group {@code groep} of six when there is no pupil. */
        private Ondersteuningsaanvraag submitted(CurrentUser schoolIb, Leerling l, String groep) {
            AanvraagInput in = l != null ? input(schoolIb, l)
                    : new AanvraagInput(school(schoolIb), null, groep, 6, OndersteuningsRoute.ROUTE_1,
                            DemoArrangementTexts.GROEPSVRAAG, null);
            Ondersteuningsaanvraag concept = aanvragen.createConcept(schoolIb, in);
            return aanvragen.submit(schoolIb, concept.id(), concept.version());
        }

        private Ondersteuningsaanvraag taken(Ondersteuningsaanvraag a) {
            return aanvragen.takeInBehandeling(handler(a.schoolId()), a.id(), null, a.version());
        }

        private Ondersteuningsaanvraag mdo(Ondersteuningsaanvraag a, LocalDate datum, List<LocalDate> momenten) {
            return aanvragen.recordMdo(handler(a.schoolId()), a.id(), new MdoInput(datum,
                    DemoArrangementTexts.MDO_DEELNEMERS, DemoArrangementTexts.MDO_PERSPECTIEVEN,
                    DemoArrangementTexts.MDO_UITKOMST, momenten), a.version());
        }

        /** A granted arrangement and its aanvraag. */
        private record Granted(Arrangement arrangement, Ondersteuningsaanvraag aanvraag) {
        }

        /**
         * Files, handles and grants an aanvraag for a pupil (or, when {@code leerling} is null, for the
         * group {@code groep}); the MDO was three weeks before the start, with evaluation moments halfway and
         * a month before the end that lie ahead (or, for a period that is over, one before its end).
         */
        private Granted grant(CurrentUser schoolIb, Leerling leerling, String groep, ArrangementSoort soort,
                              String aanbieder, LocalDate start, LocalDate eind, String uren, String bedrag,
                              BudgetSoort budget, Begrotingspost post) {
            Ondersteuningsaanvraag a = taken(submitted(schoolIb, leerling, groep));
            List<LocalDate> momenten = new ArrayList<>();
            LocalDate halfway = start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, eind) / 2);
            if (eind.isBefore(today)) {
                momenten.add(eind.minusDays(20));
            } else {
                momenten.add(halfway.isAfter(today) ? halfway : today.plusWeeks(3));
                momenten.add(eind.minusMonths(1));
            }
            a = mdo(a, start.minusWeeks(3), momenten);
            ToekenningInput in = toekenning(soort, aanbieder, start, eind, uren, new BigDecimal(bedrag), budget, post,
                    null);
            BudgetCheck check = besluiten.checkBudget(decider(a.schoolId()), a.id(), in);
            if (check.boven()) {
                in = toekenning(soort, aanbieder, start, eind, uren, new BigDecimal(bedrag), budget, post,
                        DemoArrangementTexts.OVERSCHRIJDING);
            }
            Arrangement arr = besluiten.grant(decider(a.schoolId()), a.id(), in, a.version());
            return new Granted(arr, a);
        }

        /**
         * An arrangement over the werkgebied budget, granted with a reason, when the verdeelmodel in force
         * leaves the consulent's werkgebied less than a large arrangement costs.
         */
        private void overBudget() {
            Ondersteuningsaanvraag a = mdo(taken(submitted(ib, pupil(ib, 9))), maand(2).minusWeeks(3),
                    List.of(today.plusMonths(2)));
            LocalDate start = maand(2);
            LocalDate eind = SchoolYear.of(today).lastDay();
            ToekenningInput probe = toekenning(ArrangementSoort.INDIVIDUEEL, "Ambulante begeleiding, expertiseteam SWV",
                    start, eind, "200", new BigDecimal("36000.00"), BudgetSoort.WERKGEBIED, null, null);
            BudgetCheck check = besluiten.checkBudget(consulent, a.id(), probe);
            boolean boven = check.boven() || (check.gecontroleerd() && check.resterend().signum() > 0
                    && check.resterend().compareTo(new BigDecimal("60000")) < 0);
            BigDecimal bedrag = check.gecontroleerd() && !check.boven() && boven
                    ? check.resterend().add(new BigDecimal("4500.00")) : new BigDecimal("36000.00");
            besluiten.grant(consulent, a.id(), toekenning(ArrangementSoort.INDIVIDUEEL,
                    "Ambulante begeleiding, expertiseteam SWV", start, eind, "200", bedrag, BudgetSoort.WERKGEBIED,
                    null, boven ? DemoArrangementTexts.OVERSCHRIJDING : null), a.version());
        }

        private ToekenningInput toekenning(ArrangementSoort soort, String aanbieder, LocalDate start, LocalDate eind,
                                           String uren, BigDecimal bedrag, BudgetSoort budget, Begrotingspost post,
                                           String reden) {
            return new ToekenningInput(DemoArrangementTexts.GRONDEN_TOEGEKEND, soort, aanbieder, start, eind,
                    uren == null ? null : new BigDecimal(uren), bedrag, budget, null, post, reden);
        }

        private void evaluate(Granted g, LocalDate datum, EvaluatieUitkomst uitkomst, LocalDate nieuweEind) {
            String bevindingen = uitkomst == EvaluatieUitkomst.VERLENGEN ? DemoArrangementTexts.EVALUATIE_VERLENGEN
                    : DemoArrangementTexts.EVALUATIE_AFSLUITEN;
            CurrentUser handler = handler(g.aanvraag().schoolId());
            int version = aanvragen.get(handler, g.aanvraag().id()).version();
            arrangementen.evaluate(handler, g.arrangement().id(), new EvaluatieInput(datum,
                    DemoArrangementTexts.EVALUATIE_DEELNEMERS, true, g.aanvraag().leerlingId() != null, bevindingen,
                    uitkomst, nieuweEind), version);
        }

        // ---- money

        /**
         * The providers' invoices, registered by the controller: per quarter or at the end, all within the
         * besluit except one group invoice that goes above it.
         */
        private int invoices(Granted g1, Granted g3, Granted g4, Granted g6) {
            int n = 0;
            Arrangement a1 = g1.arrangement();
            n += invoice(a1, "EXP-" + a1.beschikkingsnummer() + "-1", a1.start(), a1.start().plusMonths(3).minusDays(1),
                    "4800.00");
            n += invoice(a1, "EXP-" + a1.beschikkingsnummer() + "-2", a1.start().plusMonths(3),
                    a1.start().plusMonths(6).minusDays(1), "4800.00");
            Arrangement a4 = g4.arrangement();
            n += invoice(a4, "SIO-" + a4.beschikkingsnummer(), a4.start(), a4.start().plusMonths(3).minusDays(1),
                    "6000.00");
            Arrangement a6 = arrangementen.get(controller, g6.arrangement().id());
            // Closed early at its evaluation: the provider invoices up to the closing date.
            LocalDate eindA6 = a6.afgeslotenOp() != null && a6.afgeslotenOp().isBefore(a6.eind()) ? a6.afgeslotenOp()
                    : a6.eind();
            n += invoice(a6, "LK-" + a6.beschikkingsnummer(), a6.start(), eindA6, a6.bedrag().toPlainString());
            Arrangement a3 = g3.arrangement();
            // Above the besluit: the provider invoiced more hours than were granted.
            n += invoice(a3, "RR-" + a3.beschikkingsnummer(), a3.start(), today.withDayOfMonth(1).minusDays(1),
                    "10400.00");
            return n;
        }

        private int invoice(Arrangement a, String nummer, LocalDate van, LocalDate tot, String bedrag) {
            FactuurInput in = new FactuurInput();
            in.setBeschikkingsnummer(a.beschikkingsnummer());
            in.setAanbieder(a.aanbieder());
            in.setFactuurnummer(nummer);
            LocalDate datum = tot.plusDays(5);
            in.setFactuurdatum(datum.isAfter(today) ? today : datum);
            in.setPeriodeVan(van);
            in.setPeriodeTot(tot);
            in.setBedrag(new BigDecimal(bedrag));
            in.setOmschrijving("Ondersteuning volgens beschikking " + a.beschikkingsnummer());
            facturen.registreer(controller, in);
            return 1;
        }

        /** Every bestuur's settlement of each of the last twelve months, vastgesteld in order by the controller. */
        private int settlements() {
            int n = 0;
            for (DemoPlan.Bestuur bestuur : swv.besturen()) {
                for (int k = MAANDEN; k >= 1; k--) {
                    verrekeningen.vaststellen(controller, bestuur.id(), YearMonth.from(today).minusMonths(k));
                    n++;
                }
            }
            return n;
        }

        /** The first day of the month {@code k} months before this one. */
        private LocalDate maand(int k) {
            return YearMonth.from(today).minusMonths(k).atDay(1);
        }

        private int count(String table) {
            return jdbc.sql("SELECT count(*) FROM " + table + " WHERE swv_id = ?").param(swv.id())
                    .query(Integer.class).single();
        }
    }
}
