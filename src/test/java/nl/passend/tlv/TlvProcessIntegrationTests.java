package nl.passend.tlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The rules of the TLV process against the real services and database: each refusal with its code, and scope. */
@PassendIntegrationTest
class TlvProcessIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired LeerlingService leerlingen;
    @Autowired TlvAanvraagService aanvragen;
    @Autowired AdviesService adviezen;
    @Autowired BesluitService besluiten;
    @Autowired TlvRegister register;
    @Autowired HealthDataRetention retention;
    @Autowired BijlageService bijlagen;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    private TlvWorld w;

    @BeforeEach
    void world() {
        w = new TlvWorld(fixtures, tlv);
    }

    private static void refused(ThrowingCallable act, Class<? extends PassendException> type, String code) {
        assertThatThrownBy(act).isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void refusesDecisionWithOneAdvice() {
        TlvAanvraag a = w.inAdvies(w.pupil());
        Advies one = w.as(w.orthopedagoog, u -> adviezen.advise(u, a.id(), w.advice(Discipline.ORTHOPEDAGOOG)));
        refused(() -> w.as(w.directeur, u -> besluiten.decide(u, a.id(), w.grant(one.id()))),
                PassendException.RuleViolation.class, "tlv-advices-too-few");
    }

    @Test
    void refusesDecidingTwice() {
        TlvAanvraag a = w.inAdvies(w.pupil());
        Advies followed = w.advised(a);
        w.as(w.directeur, u -> besluiten.decide(u, a.id(), w.grant(followed.id())));
        refused(() -> w.as(w.directeur, u -> besluiten.decide(u, a.id(), w.grant(followed.id()))),
                PassendException.Conflict.class, "tlv-already-decided");
    }

    @Test
    void refusesCategoryOnSboAndMissingCategoryOnSoAndInvalidPeriods() {
        TlvAanvraag a = w.inAdvies(w.pupil());
        Advies followed = w.advised(a);
        BesluitInput sbo = w.grant(followed.id());
        sbo.setType(TlvType.SBO);
        refused(() -> w.as(w.directeur, u -> besluiten.decide(u, a.id(), sbo)),
                PassendException.RuleViolation.class, "tlv-category-not-for-sbo");
        BesluitInput noCategory = w.grant(followed.id());
        noCategory.setCategorie(null);
        refused(() -> w.as(w.directeur, u -> besluiten.decide(u, a.id(), noCategory)),
                PassendException.RuleViolation.class, "tlv-category-required");
        BesluitInput tooShort = w.grant(followed.id());
        tooShort.setEinddatum(LocalDate.of(2027, 7, 31));
        refused(() -> w.as(w.directeur, u -> besluiten.decide(u, a.id(), tooShort)),
                PassendException.RuleViolation.class, "tlv-period-too-short");
        BesluitInput notJuly = w.grant(followed.id());
        notJuly.setEinddatum(LocalDate.of(2028, 8, 31));
        refused(() -> w.as(w.directeur, u -> besluiten.decide(u, a.id(), notJuly)),
                PassendException.RuleViolation.class, "tlv-period-end-not-31-july");
        BesluitInput sboAtAnSoSchool = w.grant(followed.id());
        sboAtAnSoSchool.setType(TlvType.SBO);
        sboAtAnSoSchool.setCategorie(null);
        sboAtAnSoSchool.setAfwijkingMotivering("SBO past beter dan het advies.");
        refused(() -> w.as(w.directeur, u -> besluiten.decide(u, a.id(), sboAtAnSoSchool)),
                PassendException.RuleViolation.class, "tlv-receiving-school-type");
        BesluitInput deviates = w.grant(null);
        refused(() -> w.as(w.directeur, u -> besluiten.decide(u, a.id(), deviates)),
                PassendException.RuleViolation.class, "tlv-besluit-deviation-needs-motivation");
        // Nothing of the refused attempts stayed behind.
        assertThat(w.as(w.directeur, u -> aanvragen.get(u, a.id())).status()).isEqualTo(TlvAanvraagStatus.IN_ADVIES);
    }

    @Test
    void onlyADecidedRequestCanBeReopenedAndTheBoardNeverSeesTheGrounds() {
        TlvAanvraag a = w.inAdvies(w.pupil());
        refused(() -> w.as(w.directeur, u -> besluiten.reopen(u, a.id())), PassendException.Conflict.class,
                "tlv-aanvraag-not-decided");
        w.as(w.directeur, u -> besluiten.decide(u, a.id(), w.grant(w.advised(a).id())));
        TestUser bestuur = fixtures.userWithoutTotp(w.tenant, Role.BESTUUR, w.bestuur.id());
        List<Besluit> seenByBoard = w.as(bestuur, u -> besluiten.list(u, a.id()));
        assertThat(seenByBoard).singleElement().satisfies(b -> {
            assertThat(b.motivering()).isNull();
            assertThat(b.beschikkingsnummer()).isNotNull();
        });
        List<Besluit> seenByParent = w.as(w.ouder, u -> besluiten.list(u, a.id()));
        assertThat(seenByParent.get(0).motivering()).isNotNull();
        assertThat(w.as(w.directeur, u -> besluiten.reopen(u, a.id())).status()).isEqualTo(TlvAanvraagStatus.IN_ADVIES);
    }

    @Test
    void refusesADeskundigeLinkedToTheRequestingSchool() {
        TlvAanvraag a = w.as(w.ib, u -> aanvragen.submit(u, w.soRequest(w.pupil())));
        w.as(w.medewerker, u -> aanvragen.markComplete(u, a.id(), null));
        TestUser linked = fixtures.user(w.tenant, Role.DESKUNDIGE, null);
        fixtures.addRole(w.tenant, linked, Role.IB, w.bao.id());
        refused(() -> w.as(w.medewerker, u -> adviezen.assign(u, a.id(), linked.user().accountId())),
                PassendException.RuleViolation.class, "tlv-deskundige-linked-to-school");
        refused(() -> w.as(w.medewerker, u -> adviezen.assign(u, a.id(), w.ib.user().accountId())),
                PassendException.RuleViolation.class, "tlv-deskundige-unknown");
    }

    @Test
    void refusesARequestTheSwvIsNotCompetentFor() {
        Leerling pupil = w.pupil();
        var in = leerlingInput(pupil);
        in.setSchoolId(w.so.id());
        in.setWoonachtig(nl.passend.dossier.Woonachtig.ELDERS);
        TestUser soIb = fixtures.user(w.tenant, Role.IB, w.so.id());
        w.as(w.medewerker, u -> leerlingen.update(u, pupil.id(), in));
        TlvAanvraagInput request = w.soRequest(pupil);
        request.setSchoolId(w.so.id());
        request.setOntvangendeSchoolId(null);
        refused(() -> w.as(soIb, u -> aanvragen.submit(u, request)), PassendException.RuleViolation.class,
                "tlv-not-competent");
    }

    @Test
    void scopeLimitsWhoSeesWhat() {
        TlvAanvraag a = w.inAdvies(w.pupil());
        TestUser otherIb = fixtures.user(w.tenant, Role.IB, w.sbo.id());
        TestUser bestuur = fixtures.userWithoutTotp(w.tenant, Role.BESTUUR, w.bestuur.id());
        TestUser otherDeskundige = fixtures.user(w.tenant, Role.DESKUNDIGE, null);
        refused(() -> w.as(otherIb, u -> aanvragen.get(u, a.id())), PassendException.NotFound.class,
                "tlv-aanvraag-not-found");
        refused(() -> w.as(otherDeskundige, u -> aanvragen.get(u, a.id())), PassendException.NotFound.class,
                "tlv-aanvraag-not-found");
        assertThat(w.as(w.orthopedagoog, u -> aanvragen.get(u, a.id())).gronden()).isNotNull();
        TlvAanvraag seenByBoard = w.as(bestuur, u -> aanvragen.get(u, a.id()));
        assertThat(seenByBoard.gronden()).isNull();
        assertThat(seenByBoard.mdoUitkomst()).isNull();
        refused(() -> w.as(bestuur, u -> adviezen.list(u, a.id())), PassendException.Forbidden.class, "forbidden");

        var otherSwv = fixtures.tenant();
        TestUser foreignDirecteur = fixtures.user(otherSwv, Role.DIRECTEUR, null);
        refused(() -> TenantContext.callAs(otherSwv.id(), () -> aanvragen.get(foreignDirecteur.user(), a.id())),
                PassendException.NotFound.class, "tlv-aanvraag-not-found");
        assertThat(TenantContext.callAs(otherSwv.id(), () -> register.list(foreignDirecteur.user(), TlvFilter.none())))
                .isEmpty();
    }

    @Test
    void healthDetailsFollowTheScopeOfEachRequestNotTheRole() {
        TlvAanvraag a = w.inAdvies(w.pupil());
        Advies followed = w.advised(a);
        // The receiving SO school sees the case, not its health details, and cannot act for the school.
        TestUser soIb = fixtures.user(w.tenant, Role.IB, w.so.id());
        TlvAanvraag seenBySo = w.as(soIb, u -> aanvragen.get(u, a.id()));
        assertThat(seenBySo.gronden()).isNull();
        refused(() -> w.as(soIb, u -> adviezen.list(u, a.id())), PassendException.Forbidden.class, "forbidden");
        refused(() -> w.as(soIb, u -> aanvragen.withdraw(u, a.id(), null)), PassendException.NotFound.class,
                "tlv-aanvraag-not-found");
        // IB of another school who is also on the requesting school's board: board scope, so no health details.
        var otherBao = fixtures.school(w.tenant, fixtures.bestuur(w.tenant), nl.passend.organisation.SchoolSoort.BAO);
        TestUser ibAndBoard = fixtures.user(w.tenant, Role.IB, otherBao.id());
        fixtures.addRole(w.tenant, ibAndBoard, Role.BESTUUR, w.bestuur.id());
        TestUser signedIn = new TestUser(ibAndBoard.username(), ibAndBoard.password(), new nl.passend.shared.security.CurrentUser(
                ibAndBoard.user().accountId(), w.tenant.id(), ibAndBoard.username(), "IB en bestuur",
                List.of(new nl.passend.shared.security.RoleGrant(Role.IB, otherBao.id()),
                        new nl.passend.shared.security.RoleGrant(Role.BESTUUR, w.bestuur.id()))), null);
        assertThat(w.as(signedIn, u -> aanvragen.get(u, a.id())).gronden()).isNull();
        List<TlvAanvraag> listed = w.as(signedIn, u -> aanvragen.list(u, null, null));
        assertThat(listed).singleElement().satisfies(r -> assertThat(r.mdoUitkomst()).isNull());
        Besluit besluit = w.as(w.directeur, u -> besluiten.decide(u, a.id(), w.grant(followed.id())));
        refused(() -> w.as(signedIn, u -> besluiten.letter(u, besluit.id())), PassendException.Forbidden.class,
                "forbidden");
        assertThat(w.as(w.ib, u -> aanvragen.get(u, a.id())).gronden()).isNotNull();
    }

    @Test
    void healthDataAreDeletedThreeYearsAfterTheDecisionAndTheDeletionIsLogged() {
        TlvAanvraag a = w.inAdvies(w.pupil());
        w.as(w.ib, u -> bijlagen.add(u, a.id(), "onderzoek.pdf", "application/pdf", new byte[] {1, 2, 3}, true, true));
        Bijlage notHealth = w.as(w.ib, u -> bijlagen.add(u, a.id(), "rooster.txt", "text/plain", new byte[] {4}, true,
                false));
        Besluit besluit = w.as(w.directeur, u -> besluiten.decide(u, a.id(), w.grant(w.advised(a).id())));
        LocalDate decided = besluit.besluitdatum();

        assertThat(TenantContext.callAs(w.tenant.id(), () -> retention.purge(decided.plusYears(3).minusDays(1)))).isZero();
        // one attachment, two advices, the request's and the decision's texts
        assertThat(TenantContext.callAs(w.tenant.id(), () -> retention.purge(decided.plusYears(3)))).isEqualTo(5);
        assertThat(TenantContext.callAs(w.tenant.id(), () -> retention.purge(decided.plusYears(4)))).isZero();

        List<Advies> advices = w.as(w.directeur, u -> adviezen.list(u, a.id()));
        assertThat(advices).allMatch(v -> v.verwijderd() && v.motivering() == null && v.deskundigeNaam() != null);
        List<Bijlage> files = w.as(w.ib, u -> bijlagen.list(u, a.id()));
        assertThat(files).filteredOn(Bijlage::verwijderd).hasSize(1);
        assertThat(w.as(w.ib, u -> bijlagen.content(u, a.id(), notHealth.id())).inhoud()).containsExactly(4);
        TlvAanvraag purged = w.as(w.directeur, u -> aanvragen.get(u, a.id()));
        assertThat(purged.gronden()).isNull();
        assertThat(purged.mdoUitkomst()).isNull();
        assertThat(purged.zienswijzeOuders()).isNull();
        assertThat(purged.gevraagdType()).isEqualTo(TlvType.SO);
        List<Besluit> decisions = w.as(w.directeur, u -> besluiten.list(u, a.id()));
        assertThat(decisions).singleElement().satisfies(b -> {
            assertThat(b.motivering()).isNull();
            assertThat(b.beschikkingsnummer()).isEqualTo(besluit.beschikkingsnummer());
        });
        assertThat(w.as(w.directeur, u -> besluiten.letter(u, besluit.id())).inhoud()).isNotEmpty();
        int logged = TenantContext.callAs(w.tenant.id(), () -> new TransactionTemplate(transactionManager).execute(
                s -> jdbc.sql("SELECT count(*) FROM bewaartermijn_log WHERE aanvraag_id = ?").param(a.id())
                        .query(Integer.class).single()));
        assertThat(logged).isEqualTo(5);
    }

    private static nl.passend.dossier.LeerlingInput leerlingInput(Leerling l) {
        return nl.passend.dossier.LeerlingInput.of(l);
    }
}
