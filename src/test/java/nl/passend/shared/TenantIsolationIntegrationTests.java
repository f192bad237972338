package nl.passend.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import nl.passend.organisation.SchoolSoort;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Row-level security in depth: queries written without any tenant filter still see only the
 * current SWV's rows, because the database refuses the others.
 */
@PassendIntegrationTest
class TenantIsolationIntegrationTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private <T> T asTenant(UUID swvId, java.util.function.Supplier<T> work) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        return TenantContext.callAs(swvId, () -> tx.execute(status -> work.get()));
    }

    @Test
    void unfilteredQuerySeesOnlyTheCurrentTenantsRows() {
        Fixtures.Tenant a = fixtures.tenant();
        Fixtures.Tenant b = fixtures.tenant();
        var schoolA = fixtures.school(a, fixtures.bestuur(a), SchoolSoort.BAO);
        var schoolB = fixtures.school(b, fixtures.bestuur(b), SchoolSoort.SBO);

        var seenByA = asTenant(a.id(), () -> jdbc.sql("SELECT id FROM school").query(UUID.class).list());
        var seenByB = asTenant(b.id(), () -> jdbc.sql("SELECT id FROM school").query(UUID.class).list());

        assertThat(seenByA).contains(schoolA.id()).doesNotContain(schoolB.id());
        assertThat(seenByB).contains(schoolB.id()).doesNotContain(schoolA.id());
        assertThat(asTenant(a.id(), () -> jdbc.sql("SELECT count(*) FROM school WHERE swv_id <> current_swv_id()")
                .query(Integer.class).single())).isZero();
    }

    @Test
    void withoutATenantNoTenantRowIsVisible() {
        Fixtures.Tenant a = fixtures.tenant();
        fixtures.school(a, fixtures.bestuur(a), SchoolSoort.BAO);

        Integer inTransaction = asTenant(null, () -> jdbc.sql("SELECT count(*) FROM school").query(Integer.class).single());
        Integer outsideTransaction = jdbc.sql("SELECT count(*) FROM school").query(Integer.class).single();

        assertThat(inTransaction).isZero();
        assertThat(outsideTransaction).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM account").query(Integer.class).single()).isZero();
    }

    @Test
    void refusesWritingARowIntoAnotherTenant() {
        Fixtures.Tenant a = fixtures.tenant();
        Fixtures.Tenant b = fixtures.tenant();

        assertThatThrownBy(() -> asTenant(a.id(), () -> jdbc.sql(
                        "INSERT INTO werkgebied (swv_id, naam) VALUES (?, 'Indringer')").param(b.id()).update()))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void cannotPointAtAnotherTenantsRow() {
        Fixtures.Tenant a = fixtures.tenant();
        Fixtures.Tenant b = fixtures.tenant();
        var bestuurB = fixtures.bestuur(b);

        assertThatThrownBy(() -> asTenant(a.id(), () -> jdbc.sql("""
                        INSERT INTO school (swv_id, brin, vestigingsnummer, naam, soort, bestuur_id)
                        VALUES (?, '11AA', '00', 'Indringer', 'BAO', ?)""").params(a.id(), bestuurB.id()).update()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void applicationConnectsAsARoleThatOwnsNothingAndCannotBypassSecurity() {
        String user = jdbc.sql("SELECT current_user").query(String.class).single();
        Boolean bypass = jdbc.sql("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single();
        Integer owned = jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")
                .query(Integer.class).single();
        Integer unprotected = jdbc.sql("""
                SELECT count(*) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'swv_id'
                 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND NOT c.relrowsecurity""")
                .query(Integer.class).single();

        assertThat(user).isEqualTo("passend_app");
        assertThat(bypass).isFalse();
        assertThat(owned).isZero();
        assertThat(unprotected).as("tables with swv_id but without row-level security").isZero();
    }

    @Test
    void anSwvCanOnlyBeChangedFromInsideItself() {
        Fixtures.Tenant a = fixtures.tenant();
        Fixtures.Tenant b = fixtures.tenant();

        Integer changedFromA = asTenant(a.id(), () -> jdbc.sql("UPDATE swv SET adres = 'Elders 1' WHERE id = ?")
                .param(b.id()).update());
        Integer changedOwn = asTenant(a.id(), () -> jdbc.sql("UPDATE swv SET adres = 'Hier 1' WHERE id = ?")
                .param(a.id()).update());

        assertThat(changedFromA).isZero();
        assertThat(changedOwn).isEqualTo(1);
        assertThatThrownBy(() -> asTenant(a.id(), () -> jdbc.sql("DELETE FROM swv WHERE id = ?").param(a.id()).update()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> asTenant(a.id(), () -> jdbc.sql(
                        "INSERT INTO swv (naam, administratienummer, sector) VALUES ('Vals', 'PO0001', 'PO')").update()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void anSwvSeesOnlyItsOwnRegisterRow() {
        Fixtures.Tenant a = fixtures.tenant();
        fixtures.tenant();

        var visible = asTenant(a.id(), () -> jdbc.sql("SELECT id FROM swv").query(UUID.class).list());

        assertThat(visible).containsExactly(a.id());
    }

    @Test
    void auditEventsWithoutATenantAreReadByNoTenant() {
        Fixtures.Tenant a = fixtures.tenant();
        String marker = "test.marker-" + UUID.randomUUID();
        asTenant(a.id(), () -> jdbc.sql("INSERT INTO audit_event (swv_id, action) VALUES (NULL, ?)").param(marker).update());

        Integer seen = asTenant(a.id(), () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ?")
                .param(marker).query(Integer.class).single());

        assertThat(seen).isZero();
    }

    @Test
    void loginHelpersAreNotOpenToEveryRole() {
        var open = jdbc.sql("SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
                + "AND p.prosecdef AND has_function_privilege('public', p.oid, 'EXECUTE')").query(String.class).list();
        var unsafePath = jdbc.sql("SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
                + "AND p.prosecdef AND NOT coalesce(p.proconfig::text LIKE '%search_path=public, pg_temp%', false)")
                .query(String.class).list();

        assertThat(open).as("SECURITY DEFINER functions executable by PUBLIC").isEmpty();
        assertThat(unsafePath).as("SECURITY DEFINER functions without a safe search_path").isEmpty();
    }

    @Test
    void auditTrailCannotBeChangedOrErased() {
        Fixtures.Tenant a = fixtures.tenant();

        assertThatThrownBy(() -> asTenant(a.id(), () -> jdbc.sql("UPDATE audit_event SET action = 'x'").update()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> asTenant(a.id(), () -> jdbc.sql("DELETE FROM audit_event").update()))
                .isInstanceOf(DataAccessException.class);
    }
}
