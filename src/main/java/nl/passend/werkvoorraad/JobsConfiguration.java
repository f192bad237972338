package nl.passend.werkvoorraad;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Switches on scheduled jobs (the daily {@link DeadlineScanJob}) unless {@code passend.jobs.enabled} is
 * false, as in tests, which call the jobs' work directly with a date of their choosing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "passend.jobs.enabled", havingValue = "true", matchIfMissing = true)
class JobsConfiguration {
}
