package nl.passend.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application; tests replace it with a fixed one. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Dutch legal terms are computed in Dutch time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
