package nl.passend.werkvoorraad;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.passend.audit.AuditLog;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.PupilScope;
import nl.passend.dossier.SqlFilter;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.term.DeadlineState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's werkvoorraad: the open steps the user owns, by due date. A step is owned by one account, or
 * (without an account) by a role within scope: a user sees a role-owned step when one of the user's
 * grants is of that role and the step's school or pupil lies within that grant's scope
 * ({@link PupilScope}, permission {@code TLV_READ}). Each grant is matched with its own role, so a
 * medewerker who is also IB of one school does not see the IB steps of other schools.
 */
@Service
@Transactional(readOnly = true)
public class WorklistService {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    WorklistService(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open steps this user owns, earliest due date first, with pupil name, link and today's state. */
    @Transactional // not read-only: PostgreSQL refuses the audit record in a read-only transaction
    public List<WorklistItem> worklist(CurrentUser user) {
        List<WorklistItem> items = load(user);
        audit.record(user, "werkvoorraad.read", "deadline", null);
        return items;
    }

    /** Counts of {@link #worklist(CurrentUser)} for the start page; no pupil data, so not audited. */
    public WorklistSummary summary(CurrentUser user) {
        List<WorklistItem> items = load(user);
        return new WorklistSummary(items.size(),
                (int) items.stream().filter(i -> i.state() == DeadlineState.NEAR).count(),
                (int) items.stream().filter(i -> i.state() == DeadlineState.OVERDUE).count());
    }

    private List<WorklistItem> load(CurrentUser user) {
        user.require(Permission.TLV_READ);
        SqlFilter owned = ownedBy(user);
        List<Object> params = new ArrayList<>();
        params.add(user.requireTenant());
        params.addAll(owned.params());
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT d.*, l.roepnaam, l.voornamen, l.voorvoegsel, l.achternaam FROM deadline d "
                        + "LEFT JOIN leerling l ON l.swv_id = d.swv_id AND l.id = d.leerling_id "
                        + "WHERE d.swv_id = ? AND d.gesloten_op IS NULL AND " + owned.sql()
                        + " ORDER BY coalesce(d.verlengd_tot, d.vervalt_op), d.created_at, d.id")
                .params(params)
                .query((rs, n) -> WorklistItem.of(DeadlineService.ROW.mapRow(rs, n),
                        Leerling.volledigeNaam(rs.getString("roepnaam"), rs.getString("voornamen"),
                                rs.getString("voorvoegsel"), rs.getString("achternaam")), today))
                .list();
    }

    /** Steps owned by the user's account, or by one of the user's roles within that grant's scope. */
    static SqlFilter ownedBy(CurrentUser user) {
        List<String> clauses = new ArrayList<>(List.of("d.owner_account = ?"));
        List<Object> params = new ArrayList<>(List.of(user.accountId()));
        Set<RoleGrant> grants = new LinkedHashSet<>(user.grants());
        for (RoleGrant grant : grants) {
            CurrentUser asGrant = new CurrentUser(user.accountId(), user.swvId(), user.username(), user.displayName(),
                    List.of(grant));
            SqlFilter scope = PupilScope.filter(asGrant, Permission.TLV_READ, "d.school_id", null, "d.leerling_id");
            if (scope.sql().equals("FALSE")) {
                continue;
            }
            clauses.add("(d.owner_account IS NULL AND d.owner_role = ? AND " + scope.sql() + ")");
            params.add(grant.role().name());
            params.addAll(scope.params());
        }
        return new SqlFilter("(" + String.join(" OR ", clauses) + ")", params);
    }
}
