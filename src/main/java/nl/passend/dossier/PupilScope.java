package nl.passend.dossier;

import java.util.ArrayList;
import java.util.List;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.security.ScopeType;

/**
 * Which pupils and cases a user may see, as a SQL predicate for list and detail queries (CONVENTIONS:
 * lists filter in SQL by scope). Only grants whose role holds {@code permission} count, so a controller
 * who is also IB of one school sees that school's pupils only. Director and medewerker see the whole
 * SWV; consulent the schools of the werkgebied; IB and schoolleider the school; bestuur its schools;
 * ouder the pupils linked to the account. Deskundigen see what is assigned to them; the module that
 * assigns adds that clause itself.
 */
public final class PupilScope {

    private PupilScope() {
    }

    /**
     * @param schoolExpr    SQL expression of the row's school id (the pupil's or the requesting school)
     * @param otherSchoolExpr SQL expression of a second school that also sees the row (the receiving
     *                      S(B)O school), or null
     * @param pupilExpr     SQL expression of the row's pupil id
     */
    public static SqlFilter filter(CurrentUser user, Permission permission, String schoolExpr, String otherSchoolExpr,
                                   String pupilExpr) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (RoleGrant grant : user.grants()) {
            Role role = grant.role();
            if (!role.grants(permission)) {
                continue;
            }
            switch (role.scope()) {
                case NONE -> {
                    if (role == Role.OUDER) {
                        clauses.add(pupilExpr + " IN (SELECT o.leerling_id FROM ouder o WHERE o.account_id = ?)");
                        params.add(user.accountId());
                    } else if (role.isSwvStaff() && role != Role.DESKUNDIGE) {
                        clauses.add("TRUE");
                    }
                }
                case SCHOOL -> {
                    clauses.add(schoolExpr + " = ?");
                    params.add(grant.scopeId());
                    if (otherSchoolExpr != null) {
                        clauses.add(otherSchoolExpr + " = ?");
                        params.add(grant.scopeId());
                    }
                }
                case WERKGEBIED -> addSchoolSet(clauses, params, schoolExpr, otherSchoolExpr, "werkgebied_id", grant);
                case BESTUUR -> addSchoolSet(clauses, params, schoolExpr, otherSchoolExpr, "bestuur_id", grant);
                case GEMEENTE -> {
                    // Leerplicht works on thuiszitters, not on these cases.
                }
            }
        }
        if (clauses.isEmpty()) {
            return new SqlFilter("FALSE", List.of());
        }
        return new SqlFilter("(" + String.join(" OR ", clauses) + ")", params);
    }

    /** Whether the user sees everything of the SWV for this permission (no scope limit). */
    public static boolean seesWholeSwv(CurrentUser user, Permission permission) {
        return user.grants().stream().map(RoleGrant::role).anyMatch(r -> r.grants(permission)
                && r.scope() == ScopeType.NONE && r.isSwvStaff() && r != Role.DESKUNDIGE);
    }

    private static void addSchoolSet(List<String> clauses, List<Object> params, String schoolExpr, String otherSchoolExpr,
                                     String column, RoleGrant grant) {
        clauses.add(schoolExpr + " IN (SELECT s.id FROM school s WHERE s." + column + " = ?)");
        params.add(grant.scopeId());
        if (otherSchoolExpr != null) {
            clauses.add(otherSchoolExpr + " IN (SELECT s.id FROM school s WHERE s." + column + " = ?)");
            params.add(grant.scopeId());
        }
    }
}
