package nl.passend.shared.db;

import java.util.function.BooleanSupplier;

import nl.passend.shared.PassendException;

/** Optimistic concurrency for {@code UPDATE ... WHERE id = ? AND version = ?}. */
public final class Versioned {

    private Versioned() {
    }

    /** Refuses an update without the version the user last saw. */
    public static int require(Integer version) {
        if (version == null) {
            throw new PassendException.RuleViolation("version-required");
        }
        return version;
    }

    /**
     * Checks the row count of a versioned update: none updated means the row is gone (not found)
     * or someone else changed it first (conflict).
     */
    public static void checkUpdated(int rows, BooleanSupplier exists, String notFoundCode) {
        if (rows == 1) {
            return;
        }
        if (exists.getAsBoolean()) {
            throw new PassendException.Conflict("stale-version");
        }
        throw new PassendException.NotFound(notFoundCode);
    }
}
