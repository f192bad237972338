package nl.passend.dossier.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.passend.dossier.PupilScope;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolFilter;
import nl.passend.organisation.SchoolService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.web.Option;

import org.springframework.stereotype.Component;

/**
 * The schools a pupil screen offers: only those in the user's scope for the permission, so an IB is not
 * offered schools the service would refuse. The service still decides ({@link PupilScope}); this only
 * keeps the choice short and honest.
 */
@Component
class SchoolChoices {

    private final SchoolService scholen;

    SchoolChoices(SchoolService scholen) {
        this.scholen = scholen;
    }

    /** Schools in scope for {@code permission}; empty for users who may not read the register (parents). */
    List<School> inScope(CurrentUser user, Permission permission) {
        if (!user.can(Permission.REGISTER_READ)) {
            return List.of();
        }
        List<School> all = scholen.list(user, SchoolFilter.all());
        if (PupilScope.seesWholeSwv(user, permission)) {
            return all;
        }
        Set<UUID> scopes = new HashSet<>();
        for (RoleGrant grant : user.grants()) {
            if (grant.role().grants(permission) && grant.scopeId() != null) {
                scopes.add(grant.scopeId());
            }
        }
        return all.stream().filter(s -> scopes.contains(s.id()) || scopes.contains(s.bestuurId())
                || (s.werkgebiedId() != null && scopes.contains(s.werkgebiedId()))).toList();
    }

    List<Option> options(CurrentUser user, Permission permission) {
        return inScope(user, permission).stream().map(s -> new Option(s.id().toString(), s.naam())).toList();
    }

    /** School names by id, for tables; empty without register access. */
    Map<UUID, String> names(CurrentUser user) {
        if (!user.can(Permission.REGISTER_READ)) {
            return Map.of();
        }
        return scholen.list(user, SchoolFilter.all()).stream().collect(Collectors.toMap(School::id, School::naam));
    }
}
