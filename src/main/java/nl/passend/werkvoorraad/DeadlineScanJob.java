package nl.passend.werkvoorraad;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.shared.TenantContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs {@link DeadlineScan} every morning for every SWV, each in its own transaction as that tenant, so
 * one SWV's failure does not stop the others. Off when {@code passend.jobs.enabled} is false (tests).
 */
@Component
@ConditionalOnProperty(name = "passend.jobs.enabled", havingValue = "true", matchIfMissing = true)
class DeadlineScanJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScanJob.class);

    private final JdbcClient jdbc;
    private final DeadlineScan scan;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineScanJob(JdbcClient jdbc, DeadlineScan scan, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.scan = scan;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${passend.jobs.deadline-cron:0 0 6 * * *}", zone = "Europe/Amsterdam")
    void run() {
        LocalDate today = LocalDate.now(clock);
        // Outside any tenant: the SECURITY DEFINER function lists all SWVs for the application role.
        List<UUID> tenants = jdbc.sql("SELECT id FROM platform_list_swv()").query(UUID.class).list();
        int escalations = 0;
        for (UUID swvId : tenants) {
            try {
                // The transaction starts inside runAs, so PostgreSQL gets the tenant (row-level security).
                escalations += TenantContext.callAs(swvId, () -> transactions.execute(status -> scan.scan(today)));
            } catch (RuntimeException e) {
                log.error("Deadline scan failed for SWV {} ({})", swvId, e.getClass().getSimpleName());
            }
        }
        log.info("Deadline scan of {}: {} SWVs, {} signals", today, tenants.size(), escalations);
    }
}
