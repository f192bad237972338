package nl.passend.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.passend.organisation.BestuurService;
import nl.passend.organisation.GemeenteService;
import nl.passend.organisation.SchoolFilter;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.WerkgebiedService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Choice lists for the user screens: roles, and every school, bestuur, werkgebied and gemeente as a scope. */
@Component
class ScopeOptions {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final SchoolService scholen;
    private final BestuurService besturen;
    private final WerkgebiedService werkgebieden;
    private final GemeenteService gemeenten;
    private final MessageSource messages;

    ScopeOptions(SchoolService scholen, BestuurService besturen, WerkgebiedService werkgebieden,
                 GemeenteService gemeenten, MessageSource messages) {
        this.scholen = scholen;
        this.besturen = besturen;
        this.werkgebieden = werkgebieden;
        this.gemeenten = gemeenten;
        this.messages = messages;
    }

    List<Option> roles() {
        return Role.tenantRoles().stream()
                .map(r -> new Option(r.name(), messages.getMessage("role." + r.name(), null, DUTCH))).toList();
    }

    static List<Option> asOptions(Map<UUID, String> names) {
        List<Option> options = new ArrayList<>();
        names.forEach((id, label) -> options.add(new Option(id.toString(), label)));
        return options;
    }

    /** Every scope id of the SWV with a readable label such as "School: De Zwaluw (12AB00)". */
    Map<UUID, String> names(CurrentUser user) {
        Map<UUID, String> names = new java.util.LinkedHashMap<>();
        String school = messages.getMessage("user.scope.SCHOOL", null, DUTCH);
        String bestuur = messages.getMessage("user.scope.BESTUUR", null, DUTCH);
        String werkgebied = messages.getMessage("user.scope.WERKGEBIED", null, DUTCH);
        String gemeente = messages.getMessage("user.scope.GEMEENTE", null, DUTCH);
        scholen.list(user, SchoolFilter.all()).forEach(s ->
                names.put(s.id(), school + ": " + s.naam() + " (" + s.brinVestiging() + ")"));
        besturen.list(user).forEach(b -> names.put(b.id(), bestuur + ": " + b.naam()));
        werkgebieden.list(user).forEach(w -> names.put(w.id(), werkgebied + ": " + w.naam()));
        gemeenten.list(user).forEach(g -> names.put(g.id(), gemeente + ": " + g.naam()));
        return names;
    }
}
