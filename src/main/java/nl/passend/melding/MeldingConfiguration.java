package nl.passend.melding;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Event reactions ({@link TlvMeldingen}) run on the application's task executor, after the publisher's
 * commit, so a slow mail server never holds up the act that caused the melding.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class MeldingConfiguration {
}
