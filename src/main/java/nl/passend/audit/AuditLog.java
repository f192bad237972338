package nl.passend.audit;

import java.util.UUID;

import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events. An event joins the caller's transaction, so a change and its audit record
 * commit or roll back together. Subjects are named by type and id only.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;

    AuditLog(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a successful act of {@code actor} on a subject, in the actor's tenant. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CurrentUser actor, String action, String subjectType, Object subjectId) {
        insert(actor.swvId(), actor.accountId(), actor.username(), action, subjectType, subjectId, Outcome.SUCCESS, null);
    }

    /**
     * Records a sign-in event, possibly before any tenant is known ({@code swvId} null). Runs in its
     * own transaction as that tenant, so it must be called outside a transaction.
     */
    public void recordLogin(UUID swvId, UUID accountId, String username, String action, Outcome outcome,
                            String clientIp) {
        TenantContext.runAs(swvId, () -> newTransaction.executeWithoutResult(status ->
                insert(swvId, accountId, username, action, "account", accountId, outcome, clientIp)));
    }

    private void insert(UUID swvId, UUID accountId, String actor, String action, String subjectType, Object subjectId,
                        Outcome outcome, String clientIp) {
        jdbc.sql("""
                INSERT INTO audit_event (swv_id, account_id, actor, action, subject_type, subject_id, outcome, client_ip)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(swvId, accountId, actor, action, subjectType, subjectId == null ? null : subjectId.toString(),
                        outcome.name(), clientIp)
                .update();
    }

    /** How an audited act ended. */
    public enum Outcome { SUCCESS, DENIED, FAILURE }
}
