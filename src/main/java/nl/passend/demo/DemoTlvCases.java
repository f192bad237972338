package nl.passend.demo;

import static nl.passend.demo.DemoCaseActs.Ask.sbo;
import static nl.passend.demo.DemoCaseActs.Ask.so;
import static nl.passend.tlv.Bekostigingscategorie.HOOG;
import static nl.passend.tlv.Bekostigingscategorie.LAAG;
import static nl.passend.tlv.Bekostigingscategorie.MIDDEN;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import nl.passend.demo.DemoCaseActs.Ask;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.LeerlingService;
import nl.passend.dossier.Woonachtig;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.term.SchoolYear;
import nl.passend.tlv.AdviesService;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.BesluitService;
import nl.passend.tlv.BijlageService;
import nl.passend.tlv.ExpirySignal;
import nl.passend.tlv.TerugplaatsingService;
import nl.passend.tlv.TlvAanvraagService;
import nl.passend.tlv.TlvRoute;
import nl.passend.tlv.TlvSettings;
import nl.passend.tlv.TlvSettingsService;
import nl.passend.tlv.TlvType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forty pupils and TLV cases in every state for one demo SWV, made through the real services as the
 * demo accounts (see {@link DemoCaseActs}): requests waiting for the completeness check, back at the
 * school, in the advice round with and without an advice, granted (SO laag, midden and hoog; SBO, one of
 * them the child of the {@code ouder} account; a temporary placement), refused and withdrawn, and three
 * TLVs that end this school year: one being renewed, one with a terugplaatsing planned and one on the
 * worklists for herbeoordeling. Runs inside the loader's transaction, bound to the SWV.
 */
@Component
@ConditionalOnProperty(name = "passend.demo.enabled", havingValue = "true")
class DemoTlvCases {

    /** Pupils without a case, so a school's pupil list holds more than its cases. */
    static final int OTHER_PUPILS = 23;
    /**
     * The demo SWV signals an expiring TLV a year before its end (the default is six months), so the
     * TLVs ending this school year are on the worklists whatever the date the demo is loaded.
     */
    static final int SIGNAAL_MAANDEN = 12;

    /** What was loaded, for the log. */
    record Loaded(int pupils, int aanvragen, int besluiten) {
    }

    private final JdbcClient jdbc;
    private final LeerlingService leerlingen;
    private final TlvAanvraagService aanvragen;
    private final BijlageService bijlagen;
    private final AdviesService adviezen;
    private final BesluitService besluiten;
    private final TerugplaatsingService terugplaatsingen;
    private final TlvSettingsService settings;
    private final ExpirySignal expiry;

    DemoTlvCases(JdbcClient jdbc, LeerlingService leerlingen, TlvAanvraagService aanvragen, BijlageService bijlagen,
                 AdviesService adviezen, BesluitService besluiten, TerugplaatsingService terugplaatsingen,
                 TlvSettingsService settings, ExpirySignal expiry) {
        this.jdbc = jdbc;
        this.leerlingen = leerlingen;
        this.aanvragen = aanvragen;
        this.bijlagen = bijlagen;
        this.adviezen = adviezen;
        this.besluiten = besluiten;
        this.terugplaatsingen = terugplaatsingen;
        this.settings = settings;
        this.expiry = expiry;
    }

    Loaded load(DemoPlan.Swv swv, LocalDate today) {
        CurrentUser ib = DemoUsers.signedIn(swv, "ib");
        CurrentUser ibSbo = DemoUsers.signedIn(swv, "ib-sbo");
        CurrentUser mw = DemoUsers.signedIn(swv, "medewerker");
        CurrentUser directeur = DemoUsers.signedIn(swv, "directeur");
        CurrentUser consulent = DemoUsers.signedIn(swv, "consulent");
        DemoCaseActs.Actors actors = new DemoCaseActs.Actors(mw, directeur, DemoUsers.signedIn(swv, "deskundige"),
                DemoUsers.signedIn(swv, "deskundige2"));
        DemoCaseActs acts = new DemoCaseActs(leerlingen, aanvragen, bijlagen, adviezen, besluiten, actors, today);
        DemoPupils p = new DemoPupils(DemoRegion.SEED ^ swv.administratienummer().hashCode(), today);
        DemoCaseSchools s = DemoCaseSchools.of(swv, scope(ib), scope(ibSbo), scope(consulent));

        SchoolYear year = SchoolYear.of(today);
        LocalDate start = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate end = SchoolYear.of(start).next().lastDay();
        LocalDate nextYear = year.next().firstDay();
        LocalDate nextYearEnd = year.next().lastDay();

        // Ingediend: waiting for the medewerker's completeness check.
        Leerling a = acts.pupil(ib, p.pupil(s.ib(), 7, Woonachtig.SWV, false));
        acts.attachReport(ib, acts.submit(ib, a, so(MIDDEN, s.so4(), start, end)));
        Leerling b = acts.pupil(mw, p.pupil(s.near(0), 9, Woonachtig.SWV, false));
        acts.submit(mw, b, sbo(s.sbo(), nextYear, nextYearEnd));
        // Aanvulling gevraagd: back at the school.
        Leerling c = acts.pupil(ib, p.pupil(s.ib(), 10, Woonachtig.SWV, false));
        acts.askInformation(acts.submit(ib, c, sbo(s.sbo(), start, end)));
        // In advies: no advice yet, and one of the two.
        Leerling d = acts.pupil(mw, p.pupil(s.far(0), 6, Woonachtig.SWV, false));
        acts.toAdvice(acts.submit(mw, d, so(LAAG, s.so3(), start, end)));
        Leerling e = acts.pupil(ib, p.pupil(s.ib(), 8, Woonachtig.SWV, false));
        Ask eAsk = so(HOOG, s.so4(), start, end);
        acts.adviseOrthopedagoog(acts.toAdvice(acts.attachReport(ib, acts.submit(ib, e, eAsk))), eAsk, true);

        // Besloten, toegekend: SO laag, midden (grensverkeer) and hoog (EMB).
        acts.granted(mw, acts.pupil(mw, p.pupil(s.near(1), 7, Woonachtig.SWV, false)),
                so(LAAG, s.so3(), start, end));
        acts.granted(mw, acts.pupil(mw, p.pupil(s.far(1), 9, Woonachtig.ELDERS, false)),
                new Ask(TlvRoute.GRENSVERKEER, TlvType.SO, MIDDEN, start, end, s.so4(), null));
        acts.granted(mw, acts.pupil(mw, p.pupil(s.far(2), 6, Woonachtig.SWV, true)),
                new Ask(TlvRoute.EMB, TlvType.SO, HOOG, start, end, s.so3(), null));
        // SBO, for the child of the ouder account, who can open the decision letter.
        LeerlingInput childOfOuder = p.pupil(s.ib(), 9, Woonachtig.SWV, false);
        Leerling i = acts.pupil(ib, DemoPupils.withMother(childOfOuder, "Olga"));
        leerlingen.linkOuderAccount(mw, i.ouders().get(0).id(), DemoUsers.signedIn(swv, "ouder").accountId());
        Ask iAsk = sbo(s.sbo(), nextYear, nextYearEnd);
        acts.grant(acts.toAdvice(acts.attachReport(ib, acts.submit(ib, i, iAsk))), iAsk);
        acts.granted(mw, acts.pupil(mw, p.pupil(s.far(3), 11, Woonachtig.SWV, false)),
                sbo(s.sbo(), start, end));
        acts.granted(ibSbo, acts.pupil(ibSbo, p.pupil(s.sbo(), 4, Woonachtig.SWV, false)),
                new Ask(TlvRoute.VOORSCHOOLS, TlvType.SBO, null, start, end, null, null));
        // A temporary placement of twelve weeks, for observation.
        LocalDate tStart = today.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        acts.granted(mw, acts.pupil(mw, p.pupil(s.near(2), 8, Woonachtig.SWV, false)),
                new Ask(TlvRoute.TIJDELIJKE_PLAATSING, TlvType.SBO, null, tStart,
                        tStart.plusWeeks(12).minusDays(1), s.sbo(), null));
        // Afgewezen and ingetrokken.
        acts.refused(mw, acts.pupil(mw, p.pupil(s.far(4), 10, Woonachtig.SWV, false)),
                so(MIDDEN, s.so4(), start, end));
        Leerling w = acts.pupil(ib, p.pupil(s.ib(), 6, Woonachtig.SWV, false));
        acts.withdraw(ib, acts.submit(ib, w, sbo(s.sbo(), start, end)));

        // TLVs that started a year ago and end this school year; the pupils now attend the S(B)O school.
        LocalDate pastStart = year.plus(-1).firstDay();
        LocalDate pastEnd = year.lastDay();
        Leerling l = acts.pupil(ib, p.pupil(s.ib(), 10, Woonachtig.SWV, false));
        Besluit renewed = acts.granted(ib, l, sbo(s.sbo(), pastStart, pastEnd));
        acts.submit(ibSbo, acts.moveTo(mw, l, s.sbo()), new Ask(TlvRoute.VERLENGING, TlvType.SBO, null,
                nextYear, year.plus(2).lastDay(), null, renewed.tlvId()));
        Leerling m = acts.pupil(mw, p.pupil(s.near(3), 9, Woonachtig.SWV, false));
        Besluit returning = acts.granted(mw, m, so(LAAG, s.so3(), pastStart, pastEnd));
        acts.moveTo(mw, m, s.so3());
        terugplaatsingen.plan(consulent, returning.tlvId(), s.near(3), pastEnd.plusDays(1),
                DemoCaseTexts.TERUGPLAATSING);
        Leerling n = acts.pupil(ib, p.pupil(s.ib(), 11, Woonachtig.SWV, false));
        acts.granted(ib, n, sbo(s.sbo(), pastStart, pastEnd));
        acts.moveTo(mw, n, s.sbo());

        for (LeerlingInput other : p.others(s.spread(), OTHER_PUPILS)) {
            acts.pupil(other.getSchoolId().equals(s.ib()) ? ib : mw, other);
        }
        TlvSettings current = settings.current(swv.id());
        settings.update(directeur,
                new TlvSettings(current.embEenAdvies(), SIGNAAL_MAANDEN, current.bewaartermijnJaren()));
        expiry.scan(today);
        return new Loaded(count("leerling", swv), count("tlv_aanvraag", swv), count("tlv_besluit", swv));
    }

    private static UUID scope(CurrentUser user) {
        return user.grants().get(0).scopeId();
    }

    private int count(String table, DemoPlan.Swv swv) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE swv_id = ?").param(swv.id()).query(Integer.class)
                .single();
    }
}
