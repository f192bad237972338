package nl.passend.groeidocument;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.passend.dossier.PupilScope;
import nl.passend.dossier.SqlFilter;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.security.ScopeType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scope and consent rules of this module in one place: which pupils a user reaches (the pupil scope of
 * {@link PupilScope}), whether the user belongs to the pupil's school or is a parent (they see every
 * attachment), and for whom else a consent counts.
 */
@Component
class GroeidocumentAccess {

    /** A pupil in scope and its current school (null when it has none). */
    record Pupil(UUID id, UUID schoolId) {
    }

    private final JdbcClient jdbc;

    GroeidocumentAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pupil if the user reaches it for {@code permission}; otherwise not found (existence not revealed). */
    Pupil pupil(CurrentUser user, UUID leerlingId, Permission permission) {
        user.require(permission);
        SqlFilter scope = PupilScope.filter(user, permission, "l.school_id", null, "l.id");
        List<Object> params = new ArrayList<>(List.of(user.requireTenant(), leerlingId));
        params.addAll(scope.params());
        return jdbc.sql("SELECT l.id, l.school_id FROM leerling l WHERE l.swv_id = ? AND l.id = ? AND " + scope.sql())
                .params(params).query((rs, n) -> new Pupil(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional().orElseThrow(() -> new PassendException.NotFound("leerling-not-found"));
    }

    /** Whether the user sees every attachment of the pupil: staff of its school, or its parent. */
    boolean seesAllBijlagen(CurrentUser user, Pupil pupil) {
        boolean school = pupil.schoolId() != null && user.grants().stream().anyMatch(g -> g.role().scope() == ScopeType.SCHOOL
                && g.role().grants(Permission.GROEIDOCUMENT_READ) && pupil.schoolId().equals(g.scopeId()));
        return school || isOuder(user, pupil.id());
    }

    boolean isOuder(CurrentUser user, UUID leerlingId) {
        return user.grants().stream().anyMatch(g -> g.role() == Role.OUDER)
                && jdbc.sql("SELECT count(*) FROM ouder WHERE leerling_id = ? AND account_id = ?")
                .params(leerlingId, user.accountId()).query(Integer.class).single() > 0;
    }

    /** The recipients whose consent lets this user see an attachment (the SWV as a whole covers its staff). */
    static Set<Ontvanger> ontvangers(CurrentUser user) {
        Set<Ontvanger> result = EnumSet.noneOf(Ontvanger.class);
        for (RoleGrant g : user.grants()) {
            switch (g.role()) {
                case CONSULENT -> {
                    result.add(Ontvanger.CONSULENT);
                    result.add(Ontvanger.SWV);
                }
                case DIRECTEUR, MEDEWERKER -> result.add(Ontvanger.SWV);
                case DESKUNDIGE -> {
                    result.add(Ontvanger.DESKUNDIGE);
                    result.add(Ontvanger.SWV);
                }
                case BESTUUR -> result.add(Ontvanger.BESTUUR);
                default -> {
                }
            }
        }
        return result;
    }

    /**
     * Whether the parents' consent lets this user read the groeidocument (or one version of it): staff of
     * the pupil's school and its parents always; anyone else unless the latest GROEIDOCUMENT record for one of
     * the user's recipients (for the whole document, or for {@code versieId}) is a refusal. No record: readable.
     */
    boolean groeidocumentVisible(CurrentUser user, Pupil pupil, UUID versieId) {
        if (seesAllBijlagen(user, pupil)) {
            return true;
        }
        Set<Ontvanger> ontvangers = ontvangers(user);
        if (ontvangers.isEmpty()) {
            return true;
        }
        List<Object> params = new ArrayList<>(List.of(user.requireTenant(), pupil.id()));
        params.add(versieId);
        params.addAll(ontvangers.stream().map(Ontvanger::name).toList());
        return jdbc.sql("SELECT t.gegeven FROM toestemming t WHERE t.swv_id = ? AND t.leerling_id = ? "
                        + "AND t.onderwerp = 'GROEIDOCUMENT' AND (t.onderwerp_id IS NULL OR t.onderwerp_id = ?) "
                        + "AND t.ontvanger IN (" + placeholders(ontvangers) + ") ORDER BY t.volgnr DESC LIMIT 1")
                .params(params).query(Boolean.class).optional().orElse(true);
    }

    /**
     * SQL predicate on {@code b} (groeidocument_bijlage): visible to this user. {@code all}: the user sees
     * every attachment; otherwise only those whose latest consent record for any of the user's recipients
     * is a given consent (a later refusal for CONSULENT wins over an earlier consent for the SWV).
     */
    static SqlFilter bijlageVisible(CurrentUser user, boolean all) {
        if (all) {
            return new SqlFilter("TRUE", List.of());
        }
        Set<Ontvanger> ontvangers = ontvangers(user);
        if (ontvangers.isEmpty()) {
            return new SqlFilter("FALSE", List.of());
        }
        String in = placeholders(ontvangers);
        List<Object> names = ontvangers.stream().map(o -> (Object) o.name()).toList();
        List<Object> params = new ArrayList<>(names);
        params.addAll(names);
        return new SqlFilter("EXISTS (SELECT 1 FROM toestemming t WHERE t.onderwerp = 'BIJLAGE' AND t.onderwerp_id = b.id "
                + "AND t.ontvanger IN (" + in + ") AND t.gegeven AND NOT EXISTS (SELECT 1 FROM toestemming t2 "
                + "WHERE t2.onderwerp = 'BIJLAGE' AND t2.onderwerp_id = t.onderwerp_id AND t2.ontvanger IN (" + in + ") "
                + "AND t2.volgnr > t.volgnr))", params);
    }

    private static String placeholders(Set<Ontvanger> ontvangers) {
        return String.join(", ", ontvangers.stream().map(o -> "?").toList());
    }
}
