package nl.passend.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.shared.security.Role;

/**
 * What the demo loader writes: every row of both demo SWVs and the platform account, with the IDs
 * that link them, built by {@link DemoRegion}. Immutable, so it can be built and checked without a
 * database.
 *
 * @param swvs         the demo samenwerkingsverbanden, in load order
 * @param platformUser the tenant-less platform account
 */
public record DemoPlan(List<Swv> swvs, User platformUser) {

    public DemoPlan {
        swvs = List.copyOf(swvs);
    }

    /** One demo samenwerkingsverband with everything that belongs to it. */
    public record Swv(UUID id, String naam, String administratienummer, String sector, String adres,
            String directeurNaam, String bestuurNaam, List<Werkgebied> werkgebieden, List<Gemeente> gemeenten,
            List<Bestuur> besturen, List<School> scholen, List<Leerlingtelling> leerlingtellingen,
            List<User> users) {

        public Swv {
            werkgebieden = List.copyOf(werkgebieden);
            gemeenten = List.copyOf(gemeenten);
            besturen = List.copyOf(besturen);
            scholen = List.copyOf(scholen);
            leerlingtellingen = List.copyOf(leerlingtellingen);
            users = List.copyOf(users);
        }
    }

    /** A sub-region with its own consulent, schools and budget. */
    public record Werkgebied(UUID id, String naam) {
    }

    /** A municipality in the SWV's region; {@code cbsCode} is four digits. */
    public record Gemeente(UUID id, String naam, String cbsCode) {
    }

    /** A school board (bevoegd gezag) with the IBAN its settlements are paid to. */
    public record Bestuur(UUID id, String naam, String bevoegdGezagNummer, String iban) {
    }

    /**
     * One vestiging of a school; {@code cluster} is 3 or 4 for SO and {@code null} otherwise.
     * {@code soort} is {@code BAO}, {@code SBO} or {@code SO}, as in the database.
     */
    public record School(UUID id, String brin, String vestigingsnummer, String naam, String soort,
            Integer cluster, UUID bestuurId, UUID werkgebiedId, UUID gemeenteId, String adres, String plaats) {
    }

    /** Pupils at one school on one teldatum, as DUO reported them. */
    public record Leerlingtelling(UUID id, UUID schoolId, LocalDate teldatum, int aantal, String bron,
            String status) {
    }

    /**
     * A demo account with one role; at most one of the scope IDs is set, matching
     * {@link Role#scope()}. {@code swvId} is {@code null} only for the platform account.
     */
    public record User(UUID id, UUID swvId, String username, String displayName, String email, Role role,
            UUID schoolId, UUID bestuurId, UUID werkgebiedId, UUID gemeenteId) {
    }
}
