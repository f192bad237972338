package nl.passend.platform;

import java.util.List;
import java.util.UUID;

import nl.passend.access.AccountInput;
import nl.passend.access.AccountService;
import nl.passend.audit.AuditLog;
import nl.passend.organisation.Swv;
import nl.passend.organisation.SwvInput;
import nl.passend.organisation.SwvService;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates an SWV and its first beheerder in one transaction that runs as the new tenant, so either
 * both exist afterwards or neither does.
 */
@Service
public class TenantOnboarding {

    private final SwvService swvs;
    private final AccountService accounts;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    TenantOnboarding(SwvService swvs, AccountService accounts, AuditLog audit,
                     PlatformTransactionManager transactionManager) {
        this.audit = audit;
        this.swvs = swvs;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public Swv onboard(CurrentUser platformUser, SwvInput swv, AccountInput beheerder) {
        platformUser.require(Permission.TENANT_MANAGE);
        beheerder.setRole(Role.BEHEERDER);
        beheerder.setScopeId(null);
        UUID id = UUID.randomUUID();
        return TenantContext.callAs(id, () -> transaction.execute(status -> {
            Swv created = swvs.create(platformUser, id, swv);
            audit.record(new CurrentUser(platformUser.accountId(), id, platformUser.username(),
                    platformUser.displayName(), List.of()), "swv.create", "swv", id);
            accounts.createFirstBeheerder(platformUser, id, beheerder);
            return created;
        }));
    }
}
