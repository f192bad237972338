package nl.passend.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.shared.term.Terms;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.BesluitService;
import nl.passend.tlv.TlvAanvraagService;
import nl.passend.tlv.TlvAanvraagStatus;
import nl.passend.tlv.TlvRegister;
import nl.passend.tlv.TlvStatus;
import nl.passend.werkvoorraad.Deadline;
import nl.passend.werkvoorraad.DeadlineService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Bezwaren against TLV decisions, through the real services: terms, acts, scope and the new decision. */
@PassendIntegrationTest
class BezwaarIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired TlvAanvraagService aanvragen;
    @Autowired BesluitService besluiten;
    @Autowired TlvRegister register;
    @Autowired BezwaarService bezwaren;
    @Autowired BezwaarHandlingService handling;
    @Autowired DeadlineService deadlines;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    BezwaarWorld w;

    @BeforeEach
    void world() {
        w = new BezwaarWorld(fixtures, tlv, jdbc, transactions);
    }

    private Bezwaar registered(BezwaarWorld.Case c, Indiener indiener, LocalDate received, LocalDate postmark) {
        BezwaarInput in = new BezwaarInput();
        in.setBesluitId(c.besluit().id());
        in.setIndiener(indiener);
        in.setOntvangenOp(received);
        in.setPoststempel(postmark);
        in.setGronden("De school heeft de ondersteuning niet lang genoeg geprobeerd.");
        return w.as(w.medewerker, u -> bezwaren.register(u, in));
    }

    private static BezwaarActInput act(LocalDate datum, BezwaarUitkomst uitkomst, String toelichting) {
        BezwaarActInput in = BezwaarActInput.on(datum, null);
        in.setUitkomst(uitkomst);
        in.setToelichting(toelichting);
        return in;
    }

    @Test
    void isTimelyOnDay42AndLateOnDay43() {
        BezwaarWorld.Case c = w.decided(100);
        LocalDate sent = c.sent();

        Bezwaar onTime = registered(c, Indiener.OUDERS, sent.plusDays(42), null);
        Bezwaar late = registered(c, Indiener.SCHOOLBESTUUR, sent.plusDays(43), null);

        assertThat(onTime.tijdig()).isTrue();
        assertThat(onTime.termijnEinde()).isEqualTo(Terms.objectionTermEnd(sent)).isEqualTo(sent.plusDays(42));
        assertThat(onTime.doorsturenVoor()).isEqualTo(Terms.committeeSendDeadline(sent.plusDays(42)));
        assertThat(onTime.beslissenVoor()).isEqualTo(Terms.objectionDecisionDeadline(sent));
        assertThat(onTime.status()).isEqualTo(BezwaarStatus.ONTVANGEN);
        assertThat(late.tijdig()).isFalse();
        assertThat(late.lateNotExcused()).isTrue();
        List<Deadline> open = w.as(w.medewerker, u -> deadlines.openFor(onTime.id()));
        assertThat(open).extracting(Deadline::soort).containsExactlyInAnyOrder("BEZWAAR_DOORSTUREN", "BEZWAAR_BESLISSEN");
        assertThat(open).allSatisfy(d -> {
            assertThat(d.subjectType()).isEqualTo("bezwaar");
            assertThat(d.leerlingId()).isEqualTo(c.leerling().id());
            assertThat(d.schoolId()).isEqualTo(w.bao.id());
        });
        assertThat(open).filteredOn(d -> d.ownerRole() == Role.DIRECTEUR).singleElement()
                .extracting(Deadline::due).isEqualTo(onTime.beslissenVoor());
        int audited = TenantContext.callAs(w.tenant.id(), () -> new TransactionTemplate(transactions).execute(tx -> jdbc.sql(
                        "SELECT count(*) FROM audit_event WHERE action = 'bezwaar.register' AND subject_id = ?")
                .param(onTime.id().toString()).query(Integer.class).single()));
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aPostmarkWithinTheTermKeepsALetterReceivedInTheWeekAfterTimely() {
        BezwaarWorld.Case c = w.decided(100);
        LocalDate sent = c.sent();

        Bezwaar posted = registered(c, Indiener.OUDERS, sent.plusDays(46), sent.plusDays(42));

        assertThat(posted.tijdig()).isEqualTo(Terms.objectionTimely(sent, sent.plusDays(46), sent.plusDays(42))).isTrue();
    }

    @Test
    void aLateUnexcusedBezwaarCanOnlyBeDeclaredNietOntvankelijkAndThatStraightAway() {
        BezwaarWorld.Case c = w.decided(100);
        Bezwaar late = registered(c, Indiener.OUDERS, c.sent().plusDays(50), null);
        List<BezwaarAct> allowed = w.as(w.directeur, u -> BezwaarAct.allowed(late, u));
        assertThat(allowed).contains(BezwaarAct.DECIDE);

        assertThatThrownBy(() -> w.as(w.directeur, u -> handling.decide(u, late.id(),
                act(w.today(), BezwaarUitkomst.ONGEGROND, "Het besluit blijft staan."))))
                .isInstanceOf(PassendException.RuleViolation.class).hasMessage("bezwaar-late-not-excused");
        Bezwaar decided = w.as(w.directeur, u -> handling.decide(u, late.id(),
                act(w.today(), BezwaarUitkomst.NIET_ONTVANKELIJK, "Te laat ingediend zonder geldige reden.")));

        assertThat(decided.status()).isEqualTo(BezwaarStatus.BESLOTEN);
        assertThat(decided.uitkomst()).isEqualTo(BezwaarUitkomst.NIET_ONTVANKELIJK);
        List<Deadline> open = w.as(w.medewerker, u -> deadlines.openFor(late.id()));
        assertThat(open).isEmpty();
    }

    @Test
    void anExcusedLateBezwaarGoesThroughTheCommitteeLikeATimelyOne() {
        BezwaarWorld.Case c = w.decided(100);
        Bezwaar late = registered(c, Indiener.OUDERS, c.sent().plusDays(50), null);

        Bezwaar excused = w.as(w.medewerker, u -> handling.excuseLateness(u, late.id(),
                act(null, null, "Ouders lagen in het ziekenhuis.")));

        assertThat(excused.verschoonbaar()).isTrue();
        assertThat(excused.lateNotExcused()).isFalse();
        assertThatThrownBy(() -> w.as(w.directeur, u -> handling.decide(u, late.id(),
                act(w.today(), BezwaarUitkomst.NIET_ONTVANKELIJK, "Te laat."))))
                .isInstanceOf(PassendException.Conflict.class).hasMessage("bezwaar-status-ontvangen");
    }

    @Test
    void refusesASecondOpenBezwaarOfTheSameIndienerButNotOfTheOtherParty() {
        BezwaarWorld.Case c = w.decided(60);
        Bezwaar first = registered(c, Indiener.OUDERS, c.sent().plusDays(10), null);

        assertThatThrownBy(() -> registered(c, Indiener.OUDERS, c.sent().plusDays(12), null))
                .isInstanceOf(PassendException.Conflict.class).hasMessage("bezwaar-duplicate");
        assertThat(registered(c, Indiener.SCHOOLBESTUUR, c.sent().plusDays(12), null).id()).isNotEqualTo(first.id());
        w.as(w.medewerker, u -> handling.withdraw(u, first.id(), act(w.today(), null, null)));
        assertThat(registered(c, Indiener.OUDERS, c.sent().plusDays(20), null).status()).isEqualTo(BezwaarStatus.ONTVANGEN);
    }

    @Test
    void postponesTheDecisionOnceBySixWeeks() {
        BezwaarWorld.Case c = w.decided(60);
        Bezwaar b = registered(c, Indiener.OUDERS, c.sent().plusDays(10), null);

        Bezwaar postponed = w.as(w.medewerker, u -> handling.postpone(u, b.id(),
                act(w.today(), null, "De hoorzitting kan pas na de vakantie.")));

        LocalDate until = Terms.objectionDecisionDeadlineExtended(b.beslissenVoor());
        assertThat(postponed.verdaagdTot()).isEqualTo(until);
        assertThat(postponed.beslistermijn()).isEqualTo(until);
        assertThat(postponed.verdaagdOp()).isEqualTo(w.today());
        List<Deadline> open = w.as(w.medewerker, u -> deadlines.openFor(b.id()));
        assertThat(open).filteredOn(d -> d.soort().equals("BEZWAAR_BESLISSEN"))
                .singleElement().extracting(Deadline::due).isEqualTo(until);
        assertThatThrownBy(() -> w.as(w.medewerker, u -> handling.postpone(u, b.id(),
                act(w.today(), null, "Nog een keer."))))
                .isInstanceOf(PassendException.Conflict.class).hasMessage("bezwaar-already-extended");
    }

    @Test
    void refusesAnActTheStateDoesNotAllowAndAStaleVersion() {
        BezwaarWorld.Case c = w.decided(60);
        Bezwaar b = registered(c, Indiener.OUDERS, c.sent().plusDays(10), null);

        assertThatThrownBy(() -> w.as(w.medewerker, u -> handling.recordHoorzitting(u, b.id(), act(w.today(), null, null))))
                .isInstanceOf(PassendException.Conflict.class).hasMessage("bezwaar-status-ontvangen");
        assertThatThrownBy(() -> w.as(w.medewerker, u -> handling.decide(u, b.id(),
                act(w.today(), BezwaarUitkomst.ONGEGROND, "Nee."))))
                .isInstanceOf(PassendException.Forbidden.class);
        w.as(w.medewerker, u -> handling.forward(u, b.id(), BezwaarActInput.on(w.today(), b.version())));
        assertThatThrownBy(() -> w.as(w.medewerker, u -> handling.recordHoorzitting(u, b.id(),
                BezwaarActInput.on(w.today(), b.version()))))
                .isInstanceOf(PassendException.Conflict.class).hasMessage("stale-version");
    }

    @Test
    void gegrondReopensTheRequestAndTheNewDecisionReplacesTheContestedOne() {
        BezwaarWorld.Case c = w.decided(100);
        LocalDate sent = c.sent();
        Bezwaar b = registered(c, Indiener.OUDERS, sent.plusDays(30), null);
        w.as(w.medewerker, u -> handling.forward(u, b.id(), act(sent.plusDays(35), null, null)));
        w.as(w.medewerker, u -> handling.recordHoorzitting(u, b.id(), act(sent.plusDays(60), null, null)));
        w.as(w.medewerker, u -> handling.recordAdvies(u, b.id(), act(sent.plusDays(70), BezwaarUitkomst.GEGROND, null)));

        Bezwaar decided = w.as(w.directeur, u -> handling.decide(u, b.id(), act(sent.plusDays(80),
                BezwaarUitkomst.GEGROND, "De commissie adviseert gegrond: het advies was niet volledig.")));

        assertThat(decided.status()).isEqualTo(BezwaarStatus.BESLOTEN);
        assertThat(w.as(w.directeur, u -> aanvragen.get(u, c.aanvraag().id())).status())
                .isEqualTo(TlvAanvraagStatus.IN_ADVIES);
        Besluit renewed = w.as(w.directeur, u -> besluiten.decide(u, c.aanvraag().id(), w.grant(c.advies().id())));
        assertThat(renewed.vervangtBesluitId()).isEqualTo(c.besluit().id());
        assertThat(w.as(w.directeur, u -> register.get(u, c.besluit().tlvId())).status()).isEqualTo(TlvStatus.INGETROKKEN);
        assertThat(w.as(w.directeur, u -> register.get(u, renewed.tlvId())).status()).isEqualTo(TlvStatus.ACTIEF);
        assertThatThrownBy(() -> registered(c, Indiener.SCHOOLBESTUUR, w.today(), null))
                .isInstanceOf(PassendException.Conflict.class).hasMessage("bezwaar-besluit-replaced");

        Bezwaar beroep = w.as(w.medewerker, u -> handling.recordBeroep(u, b.id(), act(w.today(), null, null)));
        assertThat(beroep.beroepIngesteldOp()).isEqualTo(w.today());
        assertThatThrownBy(() -> w.as(w.medewerker, u -> handling.recordBeroep(u, b.id(), act(w.today(), null, null))))
                .isInstanceOf(PassendException.Conflict.class).hasMessage("bezwaar-beroep-already-registered");
    }
}
