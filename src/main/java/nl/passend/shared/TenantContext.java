package nl.passend.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The SWV (tenant) on whose behalf the current thread works. The transaction manager hands it to
 * PostgreSQL at the start of every transaction, where row-level security uses it; without it a
 * transaction sees no tenant rows at all.
 */
public final class TenantContext {

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<UUID> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} as tenant {@code swvId}; must be called outside a transaction. */
    public static <T> T callAs(UUID swvId, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The tenant cannot change inside a running transaction");
        }
        UUID previous = CURRENT.get();
        set(swvId);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }

    public static void runAs(UUID swvId, Runnable work) {
        callAs(swvId, () -> {
            work.run();
            return null;
        });
    }

    /** For the request filter only: binds the tenant for the rest of the request. */
    public static void set(UUID swvId) {
        if (swvId == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(swvId);
        }
    }

    public static void clear() {
        CURRENT.remove();
    }
}
