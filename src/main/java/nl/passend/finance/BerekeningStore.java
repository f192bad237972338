package nl.passend.finance;

import java.util.Collection;
import java.util.UUID;

import nl.passend.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of table {@code berekening} (append-only: a saved computation with the ids of the
 * normbedrag versions it used). Soort BATEN ({@link BatenService}), VERDELING
 * ({@link VerdeelmodelVerdeling}) or BEGROTING ({@link BegrotingBerekening}); the caller serialises
 * the outcome and audits the act.
 */
@Component
@Transactional
class BerekeningStore {

    private final JdbcClient jdbc;

    BerekeningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a computation for the user's tenant; returns its id. */
    UUID insert(CurrentUser user, String soort, int jaar, Collection<UUID> normbedragIds, String uitkomstJson) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO berekening (id, swv_id, soort, jaar, normbedrag_ids, uitkomst, created_by)
                VALUES (?, ?, ?, ?, CAST(? AS uuid[]), CAST(? AS jsonb), ?)""")
                .params(id, user.requireTenant(), soort, jaar, normbedragIds.toArray(UUID[]::new), uitkomstJson,
                        user.accountId())
                .update();
        return id;
    }
}
