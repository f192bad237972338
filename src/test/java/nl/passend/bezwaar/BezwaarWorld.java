package nl.passend.bezwaar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import nl.passend.dossier.Geslacht;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.LeerlingService;
import nl.passend.dossier.OuderInput;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.shared.term.Terms;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.tlv.Advies;
import nl.passend.tlv.AdviesInput;
import nl.passend.tlv.AdviesService;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.BesluitInput;
import nl.passend.tlv.BesluitService;
import nl.passend.tlv.BesluitUitkomst;
import nl.passend.tlv.Discipline;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAanvraagInput;
import nl.passend.tlv.TlvAanvraagService;
import nl.passend.tlv.TlvType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One SWV with the people around a TLV decision and a bezwaar against it: a regular school and its
 * board, IB, medewerker, director, two deskundigen, a parent linked to the pupil and a board user.
 * {@link #decided} builds a granted SBO decision through the real TLV services and dates its sending
 * back, so that receipt dates around the end of the objection term lie in the past.
 */
final class BezwaarWorld {

    /** The services a bezwaar test drives, plus what it needs to date a decision back. */
    record Services(LeerlingService leerlingen, TlvAanvraagService aanvragen, AdviesService adviezen,
                    BesluitService besluiten, JdbcClient jdbc, PlatformTransactionManager transactions,
                    Clock clock) {
    }

    /** A decided request: the decision (sent on {@code sent}), its request and the orthopedagoog's advice. */
    record Case(Leerling leerling, TlvAanvraag aanvraag, Advies advies, Besluit besluit) {
        LocalDate sent() {
            return besluit.verzondenOp();
        }
    }

    final Tenant tenant;
    final Bestuur bestuur;
    final School bao;
    final TestUser ib;
    final TestUser medewerker;
    final TestUser directeur;
    final TestUser orthopedagoog;
    final TestUser jeugdarts;
    final TestUser ouder;
    final TestUser bestuurder;
    private final Services s;

    BezwaarWorld(Fixtures fixtures, Services services) {
        this.s = services;
        this.tenant = fixtures.tenant();
        this.bestuur = fixtures.bestuur(tenant);
        this.bao = fixtures.school(tenant, bestuur, SchoolSoort.BAO);
        this.ib = fixtures.user(tenant, Role.IB, bao.id());
        this.medewerker = fixtures.user(tenant, Role.MEDEWERKER, null);
        this.directeur = fixtures.user(tenant, Role.DIRECTEUR, null);
        this.orthopedagoog = fixtures.user(tenant, Role.DESKUNDIGE, null);
        this.jeugdarts = fixtures.user(tenant, Role.DESKUNDIGE, null);
        this.ouder = fixtures.userWithoutTotp(tenant, Role.OUDER, null);
        this.bestuurder = fixtures.userWithoutTotp(tenant, Role.BESTUUR, bestuur.id());
    }

    LocalDate today() {
        return LocalDate.now(s.clock());
    }

    <T> T as(TestUser user, Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
    }

    /**
     * A granted SBO decision for a new pupil (linked to {@link #ouder}), sent about {@code daysAgo} days
     * ago on a day whose objection term ends exactly six weeks later (no weekend or holiday shift).
     */
    Case decided(int daysAgo) {
        Leerling leerling = pupil();
        TlvAanvraag a = as(ib, u -> s.aanvragen().submit(u, request(leerling)));
        as(medewerker, u -> s.aanvragen().markComplete(u, a.id(), null));
        as(medewerker, u -> s.adviezen().assign(u, a.id(), orthopedagoog.user().accountId()));
        as(medewerker, u -> s.adviezen().assign(u, a.id(), jeugdarts.user().accountId()));
        Advies advies = as(orthopedagoog, u -> s.adviezen().advise(u, a.id(), advice(Discipline.ORTHOPEDAGOOG)));
        as(jeugdarts, u -> s.adviezen().advise(u, a.id(), advice(Discipline.JEUGDARTS)));
        Besluit besluit = as(directeur, u -> s.besluiten().decide(u, a.id(), grant(advies.id())));
        LocalDate sent = today().minusDays(daysAgo);
        while (!Terms.objectionTermEnd(sent).equals(sent.plusWeeks(6))) {
            sent = sent.minusDays(1);
        }
        LocalDate day = sent;
        TenantContext.runAs(tenant.id(), () -> new TransactionTemplate(s.transactions()).executeWithoutResult(tx ->
                s.jdbc().sql("UPDATE tlv_besluit SET besluitdatum = ?, verzonden_op = ? WHERE id = ?")
                        .params(day, day, besluit.id()).update()));
        return new Case(leerling, a, advies, as(directeur, u -> s.besluiten().get(u, besluit.id())));
    }

    Leerling pupil() {
        LeerlingInput in = new LeerlingInput();
        in.setVoornamen("Noor Elisabeth");
        in.setRoepnaam("Noor");
        in.setAchternaam("Visser-" + UUID.randomUUID().toString().substring(0, 4));
        in.setGeboortedatum(LocalDate.of(2017, 5, 9));
        in.setGeslacht(Geslacht.V);
        in.setSchoolId(bao.id());
        in.setGroep("5");
        OuderInput ouderInput = new OuderInput();
        ouderInput.setNaam("Eva Visser");
        in.setOuders(List.of(ouderInput));
        Leerling leerling = as(ib, u -> s.leerlingen().create(u, in));
        as(medewerker, u -> {
            s.leerlingen().linkOuderAccount(u, leerling.ouders().get(0).id(), ouder.user().accountId());
            return null;
        });
        return leerling;
    }

    /** A grant that follows the advice with all parties agreeing, for the rest of this school year and the next. */
    BesluitInput grant(UUID followedAdvice) {
        BesluitInput in = new BesluitInput();
        in.setUitkomst(BesluitUitkomst.TOEGEKEND);
        in.setType(TlvType.SBO);
        in.setIngangsdatum(today());
        in.setEinddatum(Terms.minimumTlvEnd(today()));
        in.setMotivering("De deskundigen adviseren eensluidend; school en ouders zijn het eens.");
        in.setGevolgdAdviesId(followedAdvice);
        in.setOudersEens(true);
        in.setVerwijzendeSchoolEens(true);
        return in;
    }

    private TlvAanvraagInput request(Leerling leerling) {
        TlvAanvraagInput in = new TlvAanvraagInput();
        in.setLeerlingId(leerling.id());
        in.setSchoolId(bao.id());
        in.setGevraagdType(TlvType.SBO);
        in.setGevraagdeIngangsdatum(today());
        in.setGevraagdeEinddatum(Terms.minimumTlvEnd(today()));
        in.setGronden("Leerachterstand en concentratieproblemen; het arrangement is niet toereikend.");
        in.setMdoDatum(today().minusWeeks(2));
        in.setMdoUitkomst("MDO adviseert speciaal basisonderwijs.");
        in.setOudersAkkoord(true);
        return in;
    }

    private static AdviesInput advice(Discipline discipline) {
        AdviesInput in = new AdviesInput();
        in.setDiscipline(discipline);
        in.setToelaatbaar(true);
        in.setType(TlvType.SBO);
        in.setMotivering("Een kleine groep met meer begeleiding past bij de onderwijsbehoeften.");
        return in;
    }
}
