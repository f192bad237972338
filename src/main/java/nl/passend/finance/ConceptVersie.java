package nl.passend.finance;

import java.util.UUID;

import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Optimistic locking of a concept that is changed through its children (a verdeelmodel with its
 * components, a begroting with its prognoses and scenarios): the version the user's screen saw (or
 * else the current one), moving the row's version on while it is still a concept, and the one-row
 * check that turns a lost race into the table's own conflict code.
 */
final class ConceptVersie {

    private final JdbcClient jdbc;
    private final String tabel;
    private final String conflictCode;

    private ConceptVersie(JdbcClient jdbc, String tabel, String conflictCode) {
        this.jdbc = jdbc;
        this.tabel = tabel;
        this.conflictCode = conflictCode;
    }

    static ConceptVersie verdeelmodel(JdbcClient jdbc) {
        return new ConceptVersie(jdbc, "verdeelmodel", "verdeelmodel-gelijktijdig-gewijzigd");
    }

    static ConceptVersie begroting(JdbcClient jdbc) {
        return new ConceptVersie(jdbc, "begroting", "begroting-gelijktijdig-gewijzigd");
    }

    /** The version the change is based on: the one the user saw, or else the current one. */
    static int expected(int current, Integer seen) {
        return seen != null ? seen : current;
    }

    /** Moves the row's version on while it is still a concept: serialises changes and acts on one row. */
    void touch(CurrentUser user, UUID id, int current, Integer seen) {
        int rows = jdbc.sql("UPDATE " + tabel + " SET updated_at = now(), updated_by = ?, version = version + 1"
                        + " WHERE swv_id = ? AND id = ? AND status = 'CONCEPT' AND version = ?")
                .params(user.accountId(), user.requireTenant(), id, expected(current, seen)).update();
        checkOne(rows);
    }

    /** An act on one row that found none (changed or moved on meanwhile) is a conflict. */
    void checkOne(int rows) {
        if (rows != 1) {
            throw new PassendException.Conflict(conflictCode);
        }
    }
}
