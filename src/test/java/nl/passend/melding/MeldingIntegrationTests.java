package nl.passend.melding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import nl.passend.dossier.Leerling;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;
import nl.passend.tlv.Advies;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.werkvoorraad.TlvParticipants;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A TLV decision reaches the parents and both schools' IBs as meldingen and as e-mails through a real
 * SMTP server (GreenMail), and no e-mail carries a name, a school or a beschikkingsnummer.
 */
@PassendIntegrationTest
class MeldingIntegrationTests {

    private static GreenMail smtp;

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired MeldingService meldingen;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    /** GreenMail listens where the application sends: the test profile picks a random port at start-up. */
    @BeforeEach
    void startSmtp() throws Exception {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(mailSender.getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    @Test
    void aDecisionReachesParentsAndSchoolsWithoutPersonalDataInTheEmail() throws Exception {
        TlvParticipants p = new TlvParticipants(fixtures, tlv);
        Leerling leerling = p.pupil();
        String ouderMail = email(p, p.ouder);
        String ibMail = email(p, p.ib);
        String sboIbMail = email(p, p.sboIb);

        TlvAanvraag a = p.inAdvies(leerling);
        Advies followed = p.advised(a);
        Besluit besluit = p.granted(a, followed);

        // Two advices and the decision for the parent, the decision for each IB; nobody else has an address.
        assertThat(smtp.waitForIncomingEmail(15_000, 5)).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(Arrays.stream(mails).map(MeldingIntegrationTests::to))
                .containsExactlyInAnyOrder(ouderMail, ouderMail, ouderMail, ibMail, sboIbMail);
        List<String> forbidden = List.of(leerling.voornamen(), leerling.roepnaam(), leerling.achternaam(),
                p.bao.naam(), p.sbo.naam(), besluit.beschikkingsnummer());
        for (MimeMessage mail : mails) {
            String text = mail.getSubject() + "\n" + GreenMailUtil.getBody(mail);
            assertThat(text).contains("/tlv/aanvragen/" + a.id());
            for (String secret : forbidden) {
                assertThat(text).doesNotContainIgnoringCase(secret);
            }
        }

        assertThat(soorten(p, p.ouder)).containsExactlyInAnyOrder(
                "TLV_ADVIES_RECORDED", "TLV_ADVIES_RECORDED", "TLV_DECIDED");
        assertThat(soorten(p, p.ib)).containsExactly("TLV_DECIDED");
        assertThat(soorten(p, p.sboIb)).containsExactly("TLV_DECIDED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(soorten(p, p.medewerker)).containsExactly("TLV_AANVRAAG_SUBMITTED"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(soorten(p, p.orthopedagoog)).containsExactly("TLV_DESKUNDIGE_ASSIGNED"));
        assertThat(p.as(p.ib, meldingen::list).get(0).link()).isEqualTo("/tlv/aanvragen/" + a.id());
        // The event publication registry saw each reaction through to the end.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT count(*) FILTER (WHERE completion_date IS NULL) AS open, count(*) AS total FROM event_publication
                 WHERE listener_id LIKE '%TlvMeldingen%' AND serialized_event LIKE ?""").param("%" + a.id() + "%")
                .query((rs, n) -> List.of(rs.getInt("open"), rs.getInt("total"))).single()).containsExactly(0, 6));
    }

    @Test
    void aUserReadsAndMarksOnlyTheirOwnMeldingen() {
        TlvParticipants p = new TlvParticipants(fixtures, tlv);
        meldingen.notify(p.tenant.id(), List.of(p.ib.user().accountId(), p.sboIb.user().accountId()),
                "TLV_AANVRAAG_RETURNED", "/tlv/aanvragen/" + UUID.randomUUID());
        assertThat(p.as(p.ib, meldingen::unreadCount)).isEqualTo(1);
        Melding melding = p.as(p.ib, meldingen::list).get(0);

        assertThatThrownBy(() -> p.as(p.sboIb, u -> {
            meldingen.markRead(u, melding.id());
            return null;
        })).isInstanceOf(PassendException.NotFound.class);
        p.as(p.ib, u -> {
            meldingen.markRead(u, melding.id());
            return null;
        });

        assertThat(p.as(p.ib, meldingen::unreadCount)).isZero();
        assertThat(p.as(p.ib, meldingen::list)).singleElement().satisfies(m -> assertThat(m.gelezen()).isTrue());
        assertThat(p.as(p.sboIb, meldingen::unreadCount)).isEqualTo(1);
    }

    @Test
    void aMeldingStaysWhenItsEmailCannotBeSent() {
        TlvParticipants p = new TlvParticipants(fixtures, tlv);
        email(p, p.ib);
        smtp.stop();
        smtp = null; // the next test starts a fresh server

        meldingen.notify(p.tenant.id(), List.of(p.ib.user().accountId()), "TLV_DECIDED",
                "/tlv/aanvragen/" + UUID.randomUUID());

        assertThat(soorten(p, p.ib)).containsExactly("TLV_DECIDED");
    }

    private List<String> soorten(TlvParticipants p, TestUser user) {
        return p.as(user, meldingen::list).stream().map(Melding::soort).toList();
    }

    /** Gives the account an e-mail address; test accounts have none. */
    private String email(TlvParticipants p, TestUser user) {
        String address = user.username() + "@example.org";
        TenantContext.runAs(p.tenant.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(s ->
                jdbc.sql("UPDATE account SET email = ? WHERE id = ?").params(address, user.user().accountId()).update()));
        return address;
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
