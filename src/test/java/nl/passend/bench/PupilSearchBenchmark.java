package nl.passend.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not part of the suite (its name does not end in {@code Tests}): the pupil search of an SWV
 * the size of PPO-NK (21,000 pupils in 100 schools), as a medewerker (whole SWV) and as an IB (one
 * school), through the real service (scope filter and audit record included). Prints the median and
 * 95th percentile per query and the plan PostgreSQL chose. Run:
 * {@code ./mvnw test -Dtest=PupilSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@PassendIntegrationTest
class PupilSearchBenchmark {

    private static final int PUPILS = 21_000;
    private static final int SCHOOLS = 100;
    private static final int ROUNDS = 200;
    private static final List<String> FIRST = List.of("Sem", "Noah", "Liam", "Luca", "Emma", "Julia", "Mila", "Tess",
            "Daan", "Sophie", "Lucas", "Zoë", "Finn", "Sara", "Levi", "Nora", "Jesse", "Evi", "Milan", "Anna");
    private static final List<String> LAST = List.of("Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Vermeulen");

    @Autowired Fixtures fixtures;
    @Autowired LeerlingService leerlingen;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void measure() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Bestuur bestuur = fixtures.bestuur(tenant);
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            schools.add(fixtures.school(tenant, bestuur, SchoolSoort.BAO));
        }
        long start = System.nanoTime();
        insertPupils(tenant.id(), schools);
        System.out.printf("%n%d pupils inserted in %d ms%n", PUPILS, (System.nanoTime() - start) / 1_000_000);

        CurrentUser medewerker = fixtures.user(tenant, Role.MEDEWERKER, null).user();
        CurrentUser ib = fixtures.user(tenant, Role.IB, schools.get(7).id()).user();
        LocalDate dob = LocalDate.of(2017, 5, 14);
        System.out.printf("%-40s %8s %8s %6s%n", "query (user)", "p50 ms", "p95 ms", "rows");
        run(tenant.id(), "'jans' (medewerker)", () -> leerlingen.search(medewerker, "jans", null, null));
        run(tenant.id(), "'sem de vr' (medewerker)", () -> leerlingen.search(medewerker, "sem de vr", null, null));
        run(tenant.id(), "'van' (medewerker, many matches)", () -> leerlingen.search(medewerker, "van", null, null));
        run(tenant.id(), "date of birth (medewerker)", () -> leerlingen.search(medewerker, null, dob, null));
        run(tenant.id(), "'emma' + school (medewerker)", () -> leerlingen.search(medewerker, "emma", null, schools.get(3).id()));
        run(tenant.id(), "'jans' (IB, one school)", () -> leerlingen.search(ib, "jans", null, null));
        run(tenant.id(), "'zzz' no match (medewerker)", () -> leerlingen.search(medewerker, "zzz", null, null));
        explain(tenant.id(), "jans%");
    }

    private void run(UUID swvId, String label, Supplier<List<Leerling>> search) {
        long[] times = new long[ROUNDS];
        int rows = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            rows = TenantContext.callAs(swvId, search::get).size();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("%-40s %8.2f %8.2f %6d%n", label, times[ROUNDS / 2] / 1e6, times[ROUNDS * 95 / 100] / 1e6, rows);
        if (!label.contains("no match")) {
            assertThat(rows).as(label).isPositive();
        }
    }

    private void explain(UUID swvId, String prefix) {
        List<String> plan = TenantContext.callAs(swvId, () -> new TransactionTemplate(transactionManager).execute(s ->
                jdbc.sql("EXPLAIN SELECT id FROM leerling l WHERE l.swv_id = ? AND lower(l.achternaam) LIKE ?")
                        .params(swvId, prefix).query(String.class).list()));
        System.out.println("Plan for a surname prefix: " + String.join(" | ", plan));
    }

    private void insertPupils(UUID swvId, List<School> schools) {
        Random random = new Random(42);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < PUPILS; i++) {
            String last = LAST.get(random.nextInt(LAST.size()));
            String voorvoegsel = null;
            int space = last.lastIndexOf(' ');
            if (space > 0) {
                voorvoegsel = last.substring(0, space);
                last = last.substring(space + 1);
            }
            rows.add(new Object[] {UUID.randomUUID(), swvId, FIRST.get(random.nextInt(FIRST.size())), voorvoegsel,
                    last + (i % 7 == 0 ? "" : "-" + i % 997), LocalDate.of(2014, 8, 1).plusDays(random.nextInt(3000)),
                    random.nextBoolean() ? "M" : "V", schools.get(random.nextInt(schools.size())).id()});
        }
        TenantContext.runAs(swvId, () -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            for (int from = 0; from < rows.size(); from += 1000) {
                for (Object[] r : rows.subList(from, Math.min(rows.size(), from + 1000))) {
                    jdbc.sql("""
                            INSERT INTO leerling (id, swv_id, voornamen, voorvoegsel, achternaam, geboortedatum, geslacht, school_id)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(r).update();
                }
            }
            jdbc.sql("ANALYZE leerling").update();
        }));
    }
}
