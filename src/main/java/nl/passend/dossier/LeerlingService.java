package nl.passend.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.passend.access.Directory;
import nl.passend.audit.AuditLog;
import nl.passend.shared.PassendException;
import nl.passend.shared.db.Versioned;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pupils and their parents, within the user's scope ({@link PupilScope}). Every read and change is audited. */
@Service
@Transactional
public class LeerlingService {

    /** A search never returns more than this; the screen asks to narrow the search. */
    public static final int SEARCH_LIMIT = 50;

    private static final String COLUMNS = "l.id, l.voornamen, l.roepnaam, l.voorvoegsel, l.achternaam, l.geboortedatum, "
            + "l.geslacht, l.school_id, l.groep, l.woonachtig, l.emb, l.version";
    private static final RowMapper<Leerling> ROW = (rs, n) -> new Leerling(rs.getObject("id", UUID.class),
            rs.getString("voornamen"), rs.getString("roepnaam"), rs.getString("voorvoegsel"), rs.getString("achternaam"),
            rs.getObject("geboortedatum", LocalDate.class), Geslacht.valueOf(rs.getString("geslacht")),
            rs.getObject("school_id", UUID.class), rs.getString("groep"), Woonachtig.valueOf(rs.getString("woonachtig")),
            rs.getBoolean("emb"), List.of(), rs.getInt("version"));
    private static final RowMapper<Ouder> OUDER = (rs, n) -> new Ouder(rs.getObject("id", UUID.class),
            rs.getObject("leerling_id", UUID.class), rs.getString("naam"), OuderRelatie.valueOf(rs.getString("relatie")),
            rs.getString("email"), rs.getString("telefoon"), rs.getBoolean("wettelijk_vertegenwoordiger"),
            rs.getObject("account_id", UUID.class));

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Directory directory;

    LeerlingService(JdbcClient jdbc, AuditLog audit, Directory directory) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
    }

    /**
     * Finds pupils by name (every word must start a given name, roepnaam, voorvoegsel or surname),
     * date of birth and school, within scope; at most {@link #SEARCH_LIMIT} rows, by surname.
     */
    @Transactional // not read-only: the read is audited
    public List<Leerling> search(CurrentUser user, String query, LocalDate geboortedatum, UUID schoolId) {
        user.require(Permission.PUPIL_READ);
        SqlFilter scope = PupilScope.filter(user, Permission.PUPIL_READ, "l.school_id", null, "l.id");
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM leerling l WHERE l.swv_id = ? AND ")
                .append(scope.sql());
        List<Object> params = new ArrayList<>();
        params.add(user.requireTenant());
        params.addAll(scope.params());
        if (query != null) {
            for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String prefix = escapeLike(word) + "%";
                sql.append(" AND (lower(l.achternaam) LIKE ? OR lower(coalesce(l.roepnaam, '')) LIKE ?"
                        + " OR lower(l.voornamen) LIKE ? OR lower(coalesce(l.voorvoegsel, '')) LIKE ?"
                        + " OR lower(l.voornamen) LIKE ?)");
                params.addAll(List.of(prefix, prefix, prefix, prefix, "% " + prefix));
            }
        }
        if (geboortedatum != null) {
            sql.append(" AND l.geboortedatum = ?");
            params.add(geboortedatum);
        }
        if (schoolId != null) {
            sql.append(" AND l.school_id = ?");
            params.add(schoolId);
        }
        sql.append(" ORDER BY lower(l.achternaam), lower(l.voornamen), l.geboortedatum LIMIT ").append(SEARCH_LIMIT);
        List<Leerling> found = jdbc.sql(sql.toString()).params(params).query(ROW).list();
        audit.record(user, "leerling.search", "leerling", null);
        return found;
    }

    @Transactional // not read-only: the read is audited
    public Leerling get(CurrentUser user, UUID id) {
        Leerling leerling = find(user, id);
        audit.record(user, "leerling.read", "leerling", id);
        return leerling;
    }

    /** Reads a pupil for another module's use case, which has audited its own act; scope still applies. */
    @Transactional(readOnly = true)
    public Leerling find(CurrentUser user, UUID id) {
        return find(user, id, Permission.PUPIL_READ);
    }

    private Leerling find(CurrentUser user, UUID id, Permission permission) {
        user.require(permission);
        SqlFilter scope = PupilScope.filter(user, permission, "l.school_id", null, "l.id");
        List<Object> params = new ArrayList<>(List.of(user.requireTenant(), id));
        params.addAll(scope.params());
        Leerling leerling = jdbc.sql("SELECT " + COLUMNS + " FROM leerling l WHERE l.swv_id = ? AND l.id = ? AND "
                        + scope.sql()).params(params).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("leerling-not-found"));
        return withOuders(leerling);
    }

    /**
     * Reads a pupil without a scope check, for a module that has already checked the user's right to the
     * case the pupil belongs to (a deskundige on an assigned request). Not audited here.
     */
    @Transactional(readOnly = true)
    public Leerling findForCase(UUID id) {
        return withOuders(jdbc.sql("SELECT " + COLUMNS + " FROM leerling l WHERE l.id = ?").param(id).query(ROW)
                .optional().orElseThrow(() -> new PassendException.NotFound("leerling-not-found")));
    }

    /** Whether the user is a parent of the pupil with a linked account. */
    @Transactional(readOnly = true)
    public boolean isOuderOf(CurrentUser user, UUID leerlingId) {
        return jdbc.sql("SELECT count(*) FROM ouder WHERE leerling_id = ? AND account_id = ?")
                .params(leerlingId, user.accountId()).query(Integer.class).single() > 0;
    }

    /** Accounts of the parents of a pupil who have one (for notifications). */
    @Transactional(readOnly = true)
    public List<UUID> ouderAccounts(UUID leerlingId) {
        return jdbc.sql("SELECT DISTINCT account_id FROM ouder WHERE leerling_id = ? AND account_id IS NOT NULL")
                .param(leerlingId).query(UUID.class).list();
    }

    public Leerling create(CurrentUser user, LeerlingInput input) {
        user.require(Permission.PUPIL_MANAGE);
        requireSchoolInScope(user, input.getSchoolId());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO leerling (id, swv_id, voornamen, roepnaam, voorvoegsel, achternaam, geboortedatum, geslacht,
                                      school_id, groep, woonachtig, emb, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user.requireTenant(), input.getVoornamen(), input.getRoepnaam(), input.getVoorvoegsel(),
                        input.getAchternaam(), input.getGeboortedatum(), input.getGeslacht().name(), input.getSchoolId(),
                        input.getGroep(), input.getWoonachtig().name(), input.isEmb(), user.accountId())
                .update();
        saveOuders(user, id, input.getOuders());
        audit.record(user, "leerling.create", "leerling", id);
        return find(user, id);
    }

    public Leerling update(CurrentUser user, UUID id, LeerlingInput input) {
        user.require(Permission.PUPIL_MANAGE);
        int version = Versioned.require(input.getVersion());
        // Changing a pupil needs the manage scope on the pupil as it is now, not only read access.
        find(user, id, Permission.PUPIL_MANAGE);
        requireSchoolInScope(user, input.getSchoolId());
        int rows = jdbc.sql("""
                UPDATE leerling SET voornamen = ?, roepnaam = ?, voorvoegsel = ?, achternaam = ?, geboortedatum = ?,
                       geslacht = ?, school_id = ?, groep = ?, woonachtig = ?, emb = ?, updated_at = now(),
                       updated_by = ?, version = version + 1
                 WHERE swv_id = ? AND id = ? AND version = ?""")
                .params(input.getVoornamen(), input.getRoepnaam(), input.getVoorvoegsel(), input.getAchternaam(),
                        input.getGeboortedatum(), input.getGeslacht().name(), input.getSchoolId(), input.getGroep(),
                        input.getWoonachtig().name(), input.isEmb(), user.accountId(), user.requireTenant(), id, version)
                .update();
        Versioned.checkUpdated(rows, () -> true, "leerling-not-found");
        saveOuders(user, id, input.getOuders());
        audit.record(user, "leerling.update", "leerling", id);
        return find(user, id);
    }

    /** Links a parent to their Passend account (role OUDER), so they see their child's cases. */
    public void linkOuderAccount(CurrentUser user, UUID ouderId, UUID accountId) {
        user.require(Permission.PUPIL_MANAGE);
        UUID leerlingId = jdbc.sql("SELECT leerling_id FROM ouder WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), ouderId).query(UUID.class).optional()
                .orElseThrow(() -> new PassendException.NotFound("ouder-not-found"));
        find(user, leerlingId, Permission.PUPIL_MANAGE);
        if (directory.grantsOf(accountId).stream().noneMatch(g -> g.role() == Role.OUDER)) {
            throw new PassendException.RuleViolation("ouder-account-not-ouder");
        }
        jdbc.sql("UPDATE ouder SET account_id = ? WHERE id = ?").params(accountId, ouderId).update();
        audit.record(user, "leerling.ouder-link", "leerling", leerlingId);
    }

    private void saveOuders(CurrentUser user, UUID leerlingId, List<OuderInput> ouders) {
        Set<UUID> kept = new HashSet<>();
        for (OuderInput o : ouders) {
            if (o.getId() != null) {
                int rows = jdbc.sql("""
                        UPDATE ouder SET naam = ?, relatie = ?, email = ?, telefoon = ?, wettelijk_vertegenwoordiger = ?
                         WHERE id = ? AND leerling_id = ?""")
                        .params(o.getNaam(), o.getRelatie().name(), o.getEmail(), o.getTelefoon(),
                                o.isWettelijkVertegenwoordiger(), o.getId(), leerlingId).update();
                if (rows == 0) {
                    throw new PassendException.NotFound("ouder-not-found");
                }
                kept.add(o.getId());
            } else {
                UUID id = UUID.randomUUID();
                jdbc.sql("""
                        INSERT INTO ouder (id, swv_id, leerling_id, naam, relatie, email, telefoon,
                                           wettelijk_vertegenwoordiger, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, user.requireTenant(), leerlingId, o.getNaam(), o.getRelatie().name(), o.getEmail(),
                                o.getTelefoon(), o.isWettelijkVertegenwoordiger(), user.accountId()).update();
                kept.add(id);
            }
        }
        List<UUID> existing = jdbc.sql("SELECT id FROM ouder WHERE leerling_id = ?").param(leerlingId)
                .query(UUID.class).list();
        for (UUID id : existing) {
            if (!kept.contains(id)) {
                jdbc.sql("DELETE FROM ouder WHERE id = ?").param(id).update();
            }
        }
    }

    private Leerling withOuders(Leerling l) {
        List<Ouder> ouders = jdbc.sql("SELECT * FROM ouder WHERE leerling_id = ? ORDER BY created_at, naam")
                .param(l.id()).query(OUDER).list();
        return new Leerling(l.id(), l.voornamen(), l.roepnaam(), l.voorvoegsel(), l.achternaam(), l.geboortedatum(),
                l.geslacht(), l.schoolId(), l.groep(), l.woonachtig(), l.emb(), ouders, l.version());
    }

    /**
     * Whether a school of this SWV lies in the user's scope for {@code permission}: the question "may
     * this user act for this school" that pupil and case modules ask before an act.
     */
    @Transactional(readOnly = true)
    public boolean schoolInScope(CurrentUser user, Permission permission, UUID schoolId) {
        SqlFilter scope = PupilScope.filter(user, permission, "x.id", null, "NULL");
        List<Object> params = new ArrayList<>(List.of(user.requireTenant(), schoolId));
        params.addAll(scope.params());
        return jdbc.sql("SELECT count(*) FROM school x WHERE x.swv_id = ? AND x.id = ? AND " + scope.sql())
                .params(params).query(Integer.class).single() > 0;
    }

    private void requireSchoolInScope(CurrentUser user, UUID schoolId) {
        if (!schoolInScope(user, Permission.PUPIL_MANAGE, schoolId)) {
            throw new PassendException.RuleViolation("leerling-school-not-allowed");
        }
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
