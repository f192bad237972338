package nl.passend.tlv;

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

/**
 * Every night, per SWV: signal expiring TLVs for herbeoordeling and delete health data past the
 * retention term. Each tenant runs in its own transactions; one tenant's failure does not stop the others.
 */
@Component
@ConditionalOnProperty(name = "passend.jobs.enabled", havingValue = "true", matchIfMissing = true)
class TlvDailyJob {

    private static final Logger LOG = LoggerFactory.getLogger(TlvDailyJob.class);

    private final JdbcClient jdbc;
    private final ExpirySignal expiry;
    private final HealthDataRetention retention;
    private final Clock clock;

    TlvDailyJob(JdbcClient jdbc, ExpirySignal expiry, HealthDataRetention retention, Clock clock) {
        this.jdbc = jdbc;
        this.expiry = expiry;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${passend.jobs.tlv-cron:0 30 5 * * *}", zone = "Europe/Amsterdam")
    void run() {
        LocalDate today = LocalDate.now(clock);
        List<UUID> tenants = jdbc.sql("SELECT id FROM platform_list_swv()").query(UUID.class).list();
        for (UUID swvId : tenants) {
            try {
                TenantContext.runAs(swvId, () -> {
                    expiry.scan(today);
                    retention.purge(today);
                });
            } catch (RuntimeException e) {
                LOG.error("TLV daily job failed for one tenant ({})", e.getClass().getSimpleName());
            }
        }
    }
}
