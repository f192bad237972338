package nl.passend.groeidocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.dossier.SqlFilter;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groeidocument of a pupil: every save is a new immutable version; attachments are shown outside the
 * school only with the parents' consent for that recipient (see {@link ToestemmingService}). Readers:
 * {@code GROEIDOCUMENT_READ} within the pupil scope; writers: {@code GROEIDOCUMENT_MANAGE} (the school).
 * Every read and change is audited.
 */
@Service
@Transactional
public class GroeidocumentService {

    /** Largest attachment accepted (10 MB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final RowMapper<GroeidocumentVersie> VERSIE = (rs, n) -> new GroeidocumentVersie(
            rs.getObject("id", UUID.class), rs.getObject("leerling_id", UUID.class), rs.getInt("nummer"),
            new GroeidocumentInput(rs.getString("vraag_kind"), rs.getString("vraag_ouders"), rs.getString("vraag_school"),
                    rs.getString("vraag_zorgpartners"), rs.getString("bevorderende_factoren"),
                    rs.getString("belemmerende_factoren"), rs.getString("onderwijsbehoeften"),
                    rs.getString("ondersteuningsbehoefte_leerkracht"), rs.getString("cruciale_doelen"),
                    rs.getString("ingezet_en_resultaat"), rs.getString("aanwezigheid")),
            rs.getObject("created_by", UUID.class), rs.getString("created_by_naam"),
            rs.getTimestamp("created_at").toInstant());

    private static final RowMapper<Bijlage> BIJLAGE = (rs, n) -> new Bijlage(rs.getObject("id", UUID.class),
            rs.getObject("leerling_id", UUID.class), rs.getString("naam"), rs.getString("mime_type"),
            rs.getInt("grootte"), rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;
    private final GroeidocumentAccess access;
    private final AuditLog audit;

    GroeidocumentService(JdbcClient jdbc, GroeidocumentAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The latest version, if the pupil has a groeidocument. */
    @Transactional // not read-only: the read is audited
    public Optional<GroeidocumentVersie> current(CurrentUser user, UUID leerlingId) {
        GroeidocumentAccess.Pupil pupil = readablePupil(user, leerlingId);
        Optional<GroeidocumentVersie> current = jdbc.sql(
                        "SELECT * FROM groeidocument_versie WHERE leerling_id = ? ORDER BY nummer DESC LIMIT 1")
                .param(leerlingId).query(VERSIE).optional();
        if (current.isPresent() && !access.groeidocumentVisible(user, pupil, current.get().id())) {
            throw new PassendException.NotFound("leerling-not-found");
        }
        audit.record(user, "groeidocument.read", "leerling", leerlingId);
        return current;
    }

    /** Saves the content as a new version (the previous ones stay as they were). */
    public GroeidocumentVersie save(CurrentUser user, UUID leerlingId, GroeidocumentInput input) {
        access.pupil(user, leerlingId, Permission.GROEIDOCUMENT_MANAGE);
        GroeidocumentInput in = input == null ? GroeidocumentInput.empty() : input;
        int nummer = jdbc.sql("SELECT coalesce(max(nummer), 0) + 1 FROM groeidocument_versie WHERE leerling_id = ?")
                .param(leerlingId).query(Integer.class).single();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO groeidocument_versie (id, swv_id, leerling_id, nummer, vraag_kind, vraag_ouders,
                        vraag_school, vraag_zorgpartners, bevorderende_factoren, belemmerende_factoren, onderwijsbehoeften,
                        ondersteuningsbehoefte_leerkracht, cruciale_doelen, ingezet_en_resultaat, aanwezigheid,
                        created_by, created_by_naam)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, user.requireTenant(), leerlingId, nummer, blank(in.vraagKind()), blank(in.vraagOuders()),
                            blank(in.vraagSchool()), blank(in.vraagZorgpartners()), blank(in.bevorderendeFactoren()),
                            blank(in.belemmerendeFactoren()), blank(in.onderwijsbehoeften()),
                            blank(in.ondersteuningsbehoefteLeerkracht()), blank(in.crucialeDoelen()),
                            blank(in.ingezetEnResultaat()), blank(in.aanwezigheid()), user.accountId(), user.displayName())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("stale-version");
        }
        audit.record(user, "groeidocument.save", "leerling", leerlingId);
        return jdbc.sql("SELECT * FROM groeidocument_versie WHERE id = ?").param(id).query(VERSIE).single();
    }

    /** All versions, newest first. */
    @Transactional // audited
    public List<GroeidocumentVersie> versions(CurrentUser user, UUID leerlingId) {
        GroeidocumentAccess.Pupil pupil = readablePupil(user, leerlingId);
        audit.record(user, "groeidocument.versions", "leerling", leerlingId);
        return jdbc.sql("SELECT * FROM groeidocument_versie WHERE leerling_id = ? ORDER BY nummer DESC")
                .param(leerlingId).query(VERSIE).list().stream()
                .filter(v -> access.groeidocumentVisible(user, pupil, v.id())).toList();
    }

    /** One version by id (an aanvraag refers to the version it was filed with). */
    @Transactional // audited
    public GroeidocumentVersie version(CurrentUser user, UUID versieId) {
        user.require(Permission.GROEIDOCUMENT_READ);
        GroeidocumentVersie v = jdbc.sql("SELECT * FROM groeidocument_versie WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), versieId).query(VERSIE).optional()
                .orElseThrow(() -> new PassendException.NotFound("groeidocument-versie-not-found"));
        GroeidocumentAccess.Pupil pupil;
        try {
            pupil = access.pupil(user, v.leerlingId(), Permission.GROEIDOCUMENT_READ);
        } catch (PassendException.NotFound e) {
            throw new PassendException.NotFound("groeidocument-versie-not-found");
        }
        if (!access.groeidocumentVisible(user, pupil, v.id())) {
            throw new PassendException.NotFound("groeidocument-versie-not-found");
        }
        audit.record(user, "groeidocument.read", "groeidocument-versie", versieId);
        return v;
    }

    /** Adds an attachment (max 10 MB; pdf, png, jpeg, text, docx). Outside the school it needs consent. */
    public Bijlage addBijlage(CurrentUser user, UUID leerlingId, String naam, String mimeType, byte[] inhoud) {
        access.pupil(user, leerlingId, Permission.GROEIDOCUMENT_MANAGE);
        if (inhoud == null || inhoud.length == 0) {
            throw new PassendException.RuleViolation("bijlage-empty");
        }
        if (inhoud.length > MAX_BYTES) {
            throw new PassendException.RuleViolation("bijlage-too-large");
        }
        String type = mimeType == null ? "" : mimeType.split(";")[0].trim().toLowerCase();
        if (!TYPES.contains(type)) {
            throw new PassendException.RuleViolation("bijlage-type-not-allowed");
        }
        String bestandsnaam = naam == null || naam.isBlank() ? "bijlage" : naam.replaceAll("[\\\\/\\r\\n\"]", "_").trim();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO groeidocument_bijlage (id, swv_id, leerling_id, naam, mime_type, grootte, inhoud, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.requireTenant(), leerlingId, bestandsnaam, type, inhoud.length, inhoud, user.accountId())
                .update();
        audit.record(user, "groeidocument-bijlage.add", "leerling", leerlingId);
        return jdbc.sql("SELECT id, leerling_id, naam, mime_type, grootte, created_by, created_at FROM groeidocument_bijlage "
                + "WHERE id = ?").param(id).query(BIJLAGE).single();
    }

    /**
     * The attachments this user may see: the pupil's school and its parents see all; anyone else only those
     * with the parents' given consent for one of the user's recipients (SWV, CONSULENT, ...).
     */
    @Transactional // audited
    public List<Bijlage> bijlagen(CurrentUser user, UUID leerlingId) {
        GroeidocumentAccess.Pupil pupil = access.pupil(user, leerlingId, Permission.GROEIDOCUMENT_READ);
        SqlFilter visible = GroeidocumentAccess.bijlageVisible(user, access.seesAllBijlagen(user, pupil));
        List<Object> params = new ArrayList<>(List.of(leerlingId));
        params.addAll(visible.params());
        audit.record(user, "groeidocument-bijlage.list", "leerling", leerlingId);
        return jdbc.sql("SELECT id, leerling_id, naam, mime_type, grootte, created_by, created_at FROM groeidocument_bijlage b "
                + "WHERE b.leerling_id = ? AND " + visible.sql() + " ORDER BY b.created_at").params(params)
                .query(BIJLAGE).list();
    }

    /** The bytes of one visible attachment; not found when the user may not see it. */
    @Transactional // audited
    public BijlageContent bijlageContent(CurrentUser user, UUID leerlingId, UUID bijlageId) {
        GroeidocumentAccess.Pupil pupil = access.pupil(user, leerlingId, Permission.GROEIDOCUMENT_READ);
        SqlFilter visible = GroeidocumentAccess.bijlageVisible(user, access.seesAllBijlagen(user, pupil));
        List<Object> params = new ArrayList<>(List.of(leerlingId, bijlageId));
        params.addAll(visible.params());
        BijlageContent content = jdbc.sql("SELECT naam, mime_type, inhoud FROM groeidocument_bijlage b "
                        + "WHERE b.leerling_id = ? AND b.id = ? AND " + visible.sql()).params(params)
                .query((rs, n) -> new BijlageContent(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new PassendException.NotFound("bijlage-not-found"));
        audit.record(user, "groeidocument-bijlage.read", "groeidocument-bijlage", bijlageId);
        return content;
    }

    /**
     * The pupil if the user may read its groeidocument: in scope, and outside the school and the parents
     * not refused by the parents (the latest GROEIDOCUMENT record for the user's recipients); as out of scope.
     */
    private GroeidocumentAccess.Pupil readablePupil(CurrentUser user, UUID leerlingId) {
        GroeidocumentAccess.Pupil pupil = access.pupil(user, leerlingId, Permission.GROEIDOCUMENT_READ);
        if (!access.groeidocumentVisible(user, pupil, null)) {
            throw new PassendException.NotFound("leerling-not-found");
        }
        return pupil;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
