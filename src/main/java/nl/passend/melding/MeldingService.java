package nl.passend.melding;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.passend.access.Directory;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes meldingen for accounts and lets each user read and mark their own. A new melding also goes
 * out as an e-mail without personal data to the account's address, after the commit and only when
 * mail is configured ({@code spring.mail.host}).
 */
@Service
public class MeldingService {

    /** The list shows the newest meldingen only. */
    public static final int LIST_LIMIT = 50;

    private static final RowMapper<Melding> ROW = (rs, n) -> new Melding(rs.getObject("id", UUID.class),
            rs.getString("soort"), rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("gelezen_op", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final Directory directory;
    private final MeldingMailer mailer;
    private final TransactionTemplate transactions;

    MeldingService(JdbcClient jdbc, Directory directory, MeldingMailer mailer, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.mailer = mailer;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Gives each account one melding of {@code soort} pointing at {@code link}, and sends each account with
     * an e-mail address one e-mail after the commit. Joins a running transaction of tenant {@code swvId};
     * outside a transaction it runs in its own, as that tenant.
     */
    public void notify(UUID swvId, Collection<UUID> accountIds, String soort, String link) {
        Set<UUID> recipients = new LinkedHashSet<>(accountIds);
        recipients.remove(null);
        if (recipients.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            if (!swvId.equals(TenantContext.current().orElse(null))) {
                throw new IllegalStateException("A melding is written in a transaction of its own tenant");
            }
            write(swvId, recipients, soort, link);
        } else {
            TenantContext.runAs(swvId, () -> transactions.executeWithoutResult(status ->
                    write(swvId, recipients, soort, link)));
        }
    }

    private void write(UUID swvId, Set<UUID> recipients, String soort, String link) {
        List<String> addresses = new ArrayList<>();
        for (UUID accountId : recipients) {
            jdbc.sql("INSERT INTO melding (swv_id, account_id, soort, link) VALUES (?, ?, ?, ?)")
                    .params(swvId, accountId, soort, link).update();
            directory.email(accountId).ifPresent(addresses::add);
        }
        mailer.sendAfterCommit(addresses, soort, link);
    }

    /** The user's own meldingen, newest first, at most {@link #LIST_LIMIT}. */
    @Transactional(readOnly = true)
    public List<Melding> list(CurrentUser user) {
        return jdbc.sql("SELECT * FROM melding WHERE swv_id = ? AND account_id = ? ORDER BY created_at DESC, id LIMIT "
                        + LIST_LIMIT)
                .params(user.requireTenant(), user.accountId()).query(ROW).list();
    }

    /** Marks one of the user's own meldingen as read; marking it again changes nothing. */
    @Transactional
    public void markRead(CurrentUser user, UUID id) {
        int rows = jdbc.sql("UPDATE melding SET gelezen_op = coalesce(gelezen_op, now()) "
                        + "WHERE swv_id = ? AND id = ? AND account_id = ?")
                .params(user.requireTenant(), id, user.accountId()).update();
        if (rows == 0) {
            throw new PassendException.NotFound("melding-not-found");
        }
    }

    /** How many of the user's meldingen are unread (0 for a user without a tenant). */
    @Transactional(readOnly = true)
    public int unreadCount(CurrentUser user) {
        if (user.tenant().isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM melding WHERE swv_id = ? AND account_id = ? AND gelezen_op IS NULL")
                .params(user.requireTenant(), user.accountId()).query(Integer.class).single();
    }
}
