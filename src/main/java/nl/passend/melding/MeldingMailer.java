package nl.passend.melding;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the e-mail of a melding: a fixed Dutch text per kind with a link, never a name, school or case
 * detail. Sent after the commit (no mail about a change that rolled back); a failure is logged without
 * address or content and does not undo the melding.
 */
@Component
class MeldingMailer {

    private static final Logger log = LoggerFactory.getLogger(MeldingMailer.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;

    MeldingMailer(ObjectProvider<JavaMailSender> senders, MessageSource messages,
                  @Value("${passend.base-url:http://localhost:8080}") String baseUrl,
                  @Value("${passend.mail.from:noreply@passend.local}") String from) {
        this.senders = senders;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /**
     * Registers the e-mails with the running transaction; nothing happens without mail configuration.
     * Addresses in the reserved {@code .invalid} domain (RFC 2606, used by the demo data) are skipped.
     */
    void sendAfterCommit(List<String> addresses, String soort, String link) {
        JavaMailSender sender = senders.getIfAvailable();
        List<String> to = addresses.stream().filter(a -> !a.toLowerCase(Locale.ROOT).endsWith(".invalid")).toList();
        if (sender == null || to.isEmpty()) {
            return;
        }
        String subject = text("melding.mail.subject", soort);
        String body = text("melding.mail.body", soort, baseUrl + link);
        SimpleMailMessage[] mails = to.stream().map(address -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject(subject);
            message.setText(body);
            return message;
        }).toArray(SimpleMailMessage[]::new);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send(sender, mails, soort);
            }
        });
    }

    /** Sends one message per account over one connection; one log line for what failed, without addresses. */
    private static void send(JavaMailSender sender, SimpleMailMessage[] mails, String soort) {
        try {
            sender.send(mails);
        } catch (MailSendException e) {
            log.warn("Melding e-mail ({}): {} of {} not sent", soort, Math.max(1, e.getFailedMessages().size()),
                    mails.length);
        } catch (MailException e) {
            log.warn("Melding e-mail ({}): {} not sent ({})", soort, mails.length, e.getClass().getSimpleName());
        }
    }

    /** The text for this kind, or the general text when the kind has none of its own. */
    private String text(String key, String soort, Object... args) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {key + "." + soort, key}, args), DUTCH);
    }
}
