package nl.passend.demo;

import java.time.Clock;
import java.time.LocalDate;

import nl.passend.shared.TenantContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the {@link DemoRegion} at start-up when {@code passend.demo.enabled=true} (the run command's
 * demo profile; never in tests or production). An SWV whose administratienummer already exists is
 * skipped, so demo data and whatever was done with it survive a restart. Each SWV is written in one
 * transaction as its own tenant, with its pupils and TLV cases ({@link DemoTlvCases}), so row-level
 * security checks every row and a failure leaves nothing half-written behind.
 */
@Component
@ConditionalOnProperty(name = "passend.demo.enabled", havingValue = "true")
public class DemoRegionLoader implements ApplicationRunner {

    /** The password of every demo account; it is in the README, which is why demo data is never for production. */
    static final String PASSWORD = "passend-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoRegionLoader.class);

    private final JdbcClient jdbc;
    private final DemoSwvWriter writer;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final DemoTlvCases cases;
    private final DemoFinance finance;
    private final DemoArrangementen arrangementen;

    public DemoRegionLoader(JdbcClient jdbc, PlatformTransactionManager transactionManager,
            PasswordEncoder passwordEncoder, Clock clock, DemoTlvCases cases, DemoFinance finance,
            DemoArrangementen arrangementen) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.finance = finance;
        this.arrangementen = arrangementen;
        this.writer = new DemoSwvWriter(jdbc);
        this.transactions = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        DemoPlan plan = DemoRegion.build(DemoRegion.SEED, today);
        String passwordHash = null;
        int swvs = 0;
        int schools = 0;
        int counts = 0;
        int accounts = 0;
        for (DemoPlan.Swv swv : plan.swvs()) {
            if (swvExists(swv.administratienummer())) {
                continue;
            }
            // bcrypt is slow by design: hash once, and only when something is loaded.
            passwordHash = passwordHash != null ? passwordHash : passwordEncoder.encode(PASSWORD);
            String hash = passwordHash;
            // The tenant is bound outside the transaction; the transaction manager hands it to
            // PostgreSQL when the transaction starts.
            TenantContext.runAs(swv.id(), () -> transactions.executeWithoutResult(status -> {
                writer.write(swv, hash);
                loadCases(swv, today);
            }));
            swvs++;
            schools += swv.scholen().size();
            counts += swv.leerlingtellingen().size();
            accounts += swv.users().size();
        }
        DemoPlan.User platform = plan.platformUser();
        if (!accountExists(platform.username())) {
            passwordHash = passwordHash != null ? passwordHash : passwordEncoder.encode(PASSWORD);
            jdbc.sql("SELECT auth_create_platform_account(:username, :displayName, :hash)")
                    .param("username", platform.username())
                    .param("displayName", platform.displayName())
                    .param("hash", passwordHash)
                    .query(Object.class).single();
            accounts++;
        }
        if (swvs == 0 && accounts == 0) {
            log.info("Demo region already present; nothing loaded");
        } else {
            log.info("Demo region loaded: {} SWVs, {} schools, {} leerlingtellingen, {} accounts",
                    swvs, schools, counts, accounts);
        }
    }

    /** Runs inside the SWV's transaction: the cases and the finances act through the services as the demo accounts. */
    private void loadCases(DemoPlan.Swv swv, LocalDate today) {
        long started = System.nanoTime();
        DemoTlvCases.Loaded loaded = cases.load(swv, today);
        log.info("Demo TLV cases loaded into {}: {} pupils, {} requests, {} decisions in {} ms",
                swv.administratienummer(), loaded.pupils(), loaded.aanvragen(), loaded.besluiten(),
                (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        DemoFinance.Loaded money = finance.load(swv, today);
        log.info("Demo finance loaded into {}: baten {} EUR {} (netto {}), {} normbedragen, {} verdeelmodellen, "
                + "{} bookings, eigen vermogen {} {} in {} ms", swv.administratienummer(), money.jaar(),
                money.totaleBaten(), money.nettoOntvangst(), money.normbedragen(), money.modellen(), money.boekingen(),
                money.eigenVermogen(), money.bovenmatig() ? "(bovenmatig)" : "(binnen de signaleringswaarde)",
                (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        DemoArrangementen.Loaded arr = arrangementen.load(swv, today);
        log.info("Demo extra ondersteuning loaded into {}: {} aanvragen, {} arrangementen, {} groeidocument versions, "
                + "{} OPPs, {} invoices, {} monthly settlements in {} ms", swv.administratienummer(), arr.aanvragen(),
                arr.arrangementen(), arr.groeidocumentVersies(), arr.opps(), arr.facturen(), arr.verrekeningen(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Asks through a narrow helper: the swv rows themselves are visible only to their own tenant. */
    private boolean swvExists(String administratienummer) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT swv_number_taken(:nummer)")
                .param("nummer", administratienummer)
                .query(Boolean.class).single());
    }

    /**
     * Looks for the demo platform account by its exact username, not for ‘any platform account’, so
     * the demo account is created even when a platform administrator was bootstrapped first.
     */
    private boolean accountExists(String username) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT auth_account_exists(:username)")
                .param("username", username)
                .query(Boolean.class).single());
    }
}
