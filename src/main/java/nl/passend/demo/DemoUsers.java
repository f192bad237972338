package nl.passend.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;

/**
 * One demo account per role in each demo SWV, and the platform account. Scoped roles point at the
 * first entity of their kind, which {@link DemoRegion} places together (the IB's school lies in the
 * consulent's werkgebied and belongs to the bestuur user's board), so a demo can follow one case
 * through every pair of eyes.
 */
final class DemoUsers {

    static final String EMAIL_DOMAIN = "@demo.passend.invalid";

    /** The directeur's display name, also the sender of the SWV's decision letters. */
    static final String DIRECTEUR_NAAM = "Dirk Directeur";

    private record Account(String name, String displayName, Role role) {
    }

    private static final List<Account> ACCOUNTS = List.of(
            new Account("beheer", "Bea Beheer", Role.BEHEERDER),
            new Account("directeur", DIRECTEUR_NAAM, Role.DIRECTEUR),
            new Account("consulent", "Connie Consulent", Role.CONSULENT),
            new Account("deskundige", "Dana Deskundige", Role.DESKUNDIGE),
            new Account("deskundige2", "Daan Deskundige", Role.DESKUNDIGE),
            new Account("medewerker", "Mees Medewerker", Role.MEDEWERKER),
            new Account("controller", "Carla Controller", Role.CONTROLLER),
            new Account("kwaliteit", "Kees Kwaliteit", Role.KWALITEIT),
            new Account("privacy", "Pia Privacy", Role.PRIVACY),
            new Account("steunpunt", "Stijn Steunpunt", Role.STEUNPUNT),
            new Account("ib", "Ilse Intern", Role.IB),
            new Account("ib-sbo", "Ivo Intern", Role.IB),
            new Account("bestuur", "Bram Bestuur", Role.BESTUUR),
            new Account("ouder", "Olga Ouder", Role.OUDER),
            new Account("leerplicht", "Lars Leerplicht", Role.LEERPLICHT),
            new Account("toezicht", "Tineke Toezicht", Role.TOEZICHT));

    private DemoUsers() {
    }

    static List<DemoPlan.User> forSwv(UUID swvId, String suffix, List<DemoPlan.Werkgebied> werkgebieden,
            List<DemoPlan.Gemeente> gemeenten, List<DemoPlan.Bestuur> besturen, List<DemoPlan.School> scholen,
            Supplier<UUID> ids) {
        UUID baoSchool = firstOfSoort(scholen, "BAO");
        UUID sboSchool = firstOfSoort(scholen, "SBO");
        List<DemoPlan.User> users = new ArrayList<>();
        for (Account account : ACCOUNTS) {
            String username = account.name() + suffix;
            UUID school = switch (account.name()) {
                case "ib" -> baoSchool;
                case "ib-sbo" -> sboSchool;
                default -> null;
            };
            UUID bestuur = account.role() == Role.BESTUUR ? besturen.get(0).id() : null;
            UUID werkgebied = account.role() == Role.CONSULENT ? werkgebieden.get(0).id() : null;
            UUID gemeente = account.role() == Role.LEERPLICHT ? gemeenten.get(0).id() : null;
            users.add(new DemoPlan.User(ids.get(), swvId, username, account.displayName(),
                    username + EMAIL_DOMAIN, account.role(), school, bestuur, werkgebied, gemeente));
        }
        return users;
    }

    /** The demo account {@code name} (without the SWV's suffix) as the services see it when it is signed in. */
    static CurrentUser signedIn(DemoPlan.Swv swv, String name) {
        DemoPlan.User u = swv.users().stream().filter(x -> x.username().startsWith(name + ".")).findFirst()
                .orElseThrow();
        UUID scope = Stream.of(u.schoolId(), u.bestuurId(), u.werkgebiedId(), u.gemeenteId()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new CurrentUser(u.id(), u.swvId(), u.username(), u.displayName(),
                List.of(new RoleGrant(u.role(), scope)));
    }

    static DemoPlan.User platform(Supplier<UUID> ids) {
        return new DemoPlan.User(ids.get(), null, "platform", "Pim Platform", "platform" + EMAIL_DOMAIN,
                Role.PLATFORM, null, null, null, null);
    }

    private static UUID firstOfSoort(List<DemoPlan.School> scholen, String soort) {
        return scholen.stream().filter(s -> s.soort().equals(soort)).findFirst().orElseThrow().id();
    }
}
