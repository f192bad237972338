package nl.passend.dossier;

import java.util.UUID;

/**
 * An ouder or verzorger of a pupil: a party in every decision about the child. {@code accountId} is set
 * when the parent has a Passend account (role OUDER) and so sees the child's cases.
 */
public record Ouder(UUID id, UUID leerlingId, String naam, OuderRelatie relatie, String email, String telefoon,
                    boolean wettelijkVertegenwoordiger, UUID accountId) {

    @Override
    public String toString() {
        return "Ouder[" + id + "]";
    }
}
