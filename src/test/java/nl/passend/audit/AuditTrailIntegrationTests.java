package nl.passend.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import nl.passend.organisation.School;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit trail records who did what to which subject, and only the privacy officer reads it. */
@PassendIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditQuery audit;

    private AuditPage search(Fixtures.Tenant tenant, Fixtures.TestUser reader, AuditFilter filter) {
        return TenantContext.callAs(tenant.id(), () -> audit.search(reader.user(), filter, 0));
    }

    @Test
    void registerChangesAreRecordedWithActorActionAndSubject() {
        Fixtures.Tenant tenant = fixtures.tenant();
        School school = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.BAO);
        Fixtures.TestUser privacy = fixtures.user(tenant, Role.PRIVACY, null);

        AuditPage page = search(tenant, privacy, new AuditFilter(null, null, null, "school.create", null));

        assertThat(page.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(tenant.beheerder().username());
            assertThat(entry.subjectType()).isEqualTo("school");
            assertThat(entry.subjectId()).isEqualTo(school.id().toString());
        });
    }

    @Test
    void filtersByUserPeriodAndSubject() {
        Fixtures.Tenant tenant = fixtures.tenant();
        School school = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.SBO);
        Fixtures.TestUser privacy = fixtures.user(tenant, Role.PRIVACY, null);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

        var byUser = search(tenant, privacy, new AuditFilter(tenant.beheerder().username(), null, null, null, null));
        var bySubject = search(tenant, privacy, new AuditFilter(null, null, null, null, school.id().toString()));
        var lastYear = search(tenant, privacy, new AuditFilter(null, today.minusYears(1), today.minusYears(1), null, null));
        var thisWeek = search(tenant, privacy, new AuditFilter(null, today.minusDays(7), today, null, null));

        assertThat(byUser.entries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(tenant.beheerder().username()));
        assertThat(bySubject.entries()).extracting(AuditEntry::action).containsExactly("school.create");
        assertThat(lastYear.entries()).isEmpty();
        assertThat(thisWeek.entries()).isNotEmpty();
    }

    @Test
    void readingTheTrailIsItselfRecorded() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser privacy = fixtures.user(tenant, Role.PRIVACY, null);

        search(tenant, privacy, AuditFilter.none());
        var reads = search(tenant, privacy, new AuditFilter(privacy.username(), null, null, "audit.read", null));

        assertThat(reads.entries()).isNotEmpty();
    }

    @Test
    void otherRolesCannotReadTheTrail() {
        Fixtures.Tenant tenant = fixtures.tenant();

        assertThatThrownBy(() -> search(tenant, tenant.beheerder(), AuditFilter.none()))
                .isInstanceOf(PassendException.Forbidden.class);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser privacy = fixtures.user(tenant, Role.PRIVACY, null);

        assertThatThrownBy(() -> search(tenant, privacy,
                new AuditFilter(null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), null, null)))
                .isInstanceOf(PassendException.RuleViolation.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("audit-period-invalid");
    }

    @Test
    void anotherSwvsTrailIsInvisible() {
        Fixtures.Tenant a = fixtures.tenant();
        Fixtures.Tenant b = fixtures.tenant();
        fixtures.school(b, fixtures.bestuur(b), SchoolSoort.BAO);
        Fixtures.TestUser privacyA = fixtures.user(a, Role.PRIVACY, null);

        var seen = search(a, privacyA, new AuditFilter(b.beheerder().username(), null, null, null, null));

        assertThat(seen.entries()).isEmpty();
    }
}
