package nl.passend.werkvoorraad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.dossier.Leerling;
import nl.passend.melding.Melding;
import nl.passend.melding.MeldingService;
import nl.passend.shared.ClockConfiguration;
import nl.passend.shared.TenantContext;
import nl.passend.shared.term.DeadlineState;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;
import nl.passend.tlv.AdviesService;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAanvraagService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Each step shows on the worklist of its owner only, and the daily scan signals it once as it nears and passes. */
@PassendIntegrationTest
@RecordApplicationEvents
class WorklistIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired TlvAanvraagService aanvragen;
    @Autowired AdviesService adviezen;
    @Autowired WorklistService worklist;
    @Autowired DeadlineScan scan;
    @Autowired DeadlineService deadlines;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired ApplicationEvents events;
    @Autowired MeldingService meldingen;
    @Autowired JdbcClient jdbc;

    @Test
    void everyStepShowsOnTheWorklistOfItsOwnerOnly() {
        TlvParticipants p = new TlvParticipants(fixtures, tlv);
        Leerling leerling = p.pupil();
        TlvAanvraag a = p.as(p.ib, u -> aanvragen.submit(u, p.request(leerling)));

        WorklistItem check = single(items(p, p.medewerker), "TLV_COMPLEETHEID");
        assertThat(check.subjectId()).isEqualTo(a.id());
        assertThat(check.leerlingNaam()).isEqualTo(leerling.volledigeNaam());
        assertThat(check.link()).isEqualTo("/tlv/aanvragen/" + a.id());
        assertThat(check.state()).isEqualTo(DeadlineState.OPEN_OK);
        assertThat(soorten(p, p.directeur)).containsExactly("TLV_BESLUIT");
        assertThat(soorten(p, p.ib)).isEmpty();

        TlvAanvraag returned = p.as(p.medewerker, u -> aanvragen.requestInformation(u, a.id(),
                "Graag het onderzoeksverslag.", a.version()));
        assertThat(soorten(p, p.ib)).containsExactly("TLV_AANVULLING");
        assertThat(soorten(p, p.sboIb)).as("IB of another school").isEmpty();
        assertThat(soorten(p, p.medewerker)).isEmpty();

        TlvAanvraag supplemented = p.as(p.ib, u -> aanvragen.supplement(u, a.id(), p.request(leerling),
                returned.version()));
        p.as(p.medewerker, u -> aanvragen.markComplete(u, a.id(), supplemented.version()));
        p.as(p.medewerker, u -> adviezen.assign(u, a.id(), p.orthopedagoog.user().accountId()));
        assertThat(soorten(p, p.orthopedagoog)).containsExactly("TLV_ADVIES");
        assertThat(soorten(p, p.jeugdarts)).as("a deskundige not asked").isEmpty();
        assertThat(soorten(p, p.ib)).isEmpty();
    }

    @Test
    void theScanSignalsAStepOnceWhenItNearsAndOnceWhenItIsLate() {
        TlvParticipants p = new TlvParticipants(fixtures, tlv);
        Leerling leerling = p.pupil();
        p.as(p.ib, u -> aanvragen.submit(u, p.request(leerling)));
        WorklistItem check = single(items(p, p.medewerker), "TLV_COMPLEETHEID");
        LocalDate due = check.due();

        assertThat(scan(p, due.minusDays(DeadlineScan.NEAR_DAYS + 1))).isZero();
        assertThat(scan(p, due.minusDays(3))).isEqualTo(1);
        assertThat(scan(p, due.minusDays(2))).as("still near: no second signal").isZero();
        assertThat(scan(p, due.plusDays(2))).isEqualTo(1);
        assertThat(scan(p, due.plusDays(3))).isZero();

        Deadline stored = TenantContext.callAs(p.tenant.id(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> deadlines.find(check.id()).orElseThrow()));
        assertThat(stored.signaal()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(events.stream(DeadlineSignalled.class).filter(e -> e.deadlineId().equals(check.id())))
                .extracting(DeadlineSignalled::state, DeadlineSignalled::swvId, DeadlineSignalled::soort)
                .containsExactly(tuple(DeadlineState.NEAR, p.tenant.id(), "TLV_COMPLEETHEID"),
                        tuple(DeadlineState.OVERDUE, p.tenant.id(), "TLV_COMPLEETHEID"));
        // The step has no owner account: every medewerker is told, once per signal.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(p.as(p.medewerker, meldingen::list))
                .filteredOn(m -> m.soort().startsWith("DEADLINE_"))
                .extracting(Melding::soort, Melding::link)
                .containsExactlyInAnyOrder(tuple("DEADLINE_NEAR", check.link()),
                        tuple("DEADLINE_OVERDUE", check.link())));
    }

    @Test
    void theScanSeesOnlyTheCurrentTenant() {
        TlvParticipants p = new TlvParticipants(fixtures, tlv);
        Leerling leerling = p.pupil();
        p.as(p.ib, u -> aanvragen.submit(u, p.request(leerling)));
        LocalDate due = single(items(p, p.medewerker), "TLV_COMPLEETHEID").due();
        UUID otherTenant = fixtures.tenant().id();

        assertThat(TenantContext.callAs(otherTenant, () -> scan.scan(due.plusDays(1)))).isZero();
        assertThat(scan(p, due.plusDays(1))).as("left alone by the other tenant's scan").isEqualTo(1);
    }

    @Test
    void theDailyJobScansEveryTenant() {
        TlvParticipants first = new TlvParticipants(fixtures, tlv);
        TlvParticipants second = new TlvParticipants(fixtures, tlv);
        for (TlvParticipants p : List.of(first, second)) {
            Leerling leerling = p.pupil();
            p.as(p.ib, u -> aanvragen.submit(u, p.request(leerling)));
        }
        WorklistItem step = single(items(first, first.medewerker), "TLV_COMPLEETHEID");
        Clock dayAfter = Clock.fixed(step.due().plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant(),
                ClockConfiguration.ZONE);

        new DeadlineScanJob(jdbc, scan, transactionManager, dayAfter).run();

        for (TlvParticipants p : List.of(first, second)) {
            WorklistItem item = single(items(p, p.medewerker), "TLV_COMPLEETHEID");
            Deadline stored = TenantContext.callAs(p.tenant.id(), () -> new TransactionTemplate(transactionManager)
                    .execute(status -> deadlines.find(item.id()).orElseThrow()));
            assertThat(stored.signaal()).isEqualTo(DeadlineState.OVERDUE);
        }
    }

    private int scan(TlvParticipants p, LocalDate today) {
        return TenantContext.callAs(p.tenant.id(), () -> scan.scan(today));
    }

    private List<WorklistItem> items(TlvParticipants p, TestUser user) {
        return p.as(user, worklist::worklist);
    }

    private List<String> soorten(TlvParticipants p, TestUser user) {
        return items(p, user).stream().map(WorklistItem::soort).toList();
    }

    private static WorklistItem single(List<WorklistItem> items, String soort) {
        List<WorklistItem> found = items.stream().filter(i -> i.soort().equals(soort)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
