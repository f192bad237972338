package nl.passend.tlv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.PupilScope;
import nl.passend.dossier.SqlFilter;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TLV register (PRODUCT.md 3.4, 3.11): TLVs within scope, filtered, and the CSV export with the OSO
 * TLV fields that S(B)O schools report to DUO.
 */
@Service
@Transactional // not read-only: every read is audited
public class TlvRegister {

    /** The OSO TLV block's field names (OSO gegevensset 2019, block tlv), then the columns that identify the pupil. */
    public static final List<String> CSV_HEADER = List.of("tlvswvnummer", "tlvbeschikkingsnummer", "tlvcategorie",
            "tlvingangdatum", "tlveinddatum", "tlvtype", "achternaam", "voornamen", "geboortedatum", "school");

    private static final String SELECT = """
            SELECT t.*, l.voornamen, l.roepnaam, l.voorvoegsel, l.achternaam, l.geboortedatum, s.naam AS school_naam,
                   o.naam AS ontvangende_naam, sw.administratienummer,
                   (SELECT n.id FROM tlv_aanvraag n WHERE n.vorige_tlv_id = t.id AND n.status <> 'INGETROKKEN'
                     ORDER BY n.created_at DESC LIMIT 1) AS verlenging_id,
                   (SELECT p.id FROM terugplaatsing p WHERE p.tlv_id = t.id AND p.status <> 'GEANNULEERD'
                     ORDER BY p.created_at DESC LIMIT 1) AS terugplaatsing_id
              FROM tlv t JOIN leerling l ON l.id = t.leerling_id JOIN school s ON s.id = t.school_id
              LEFT JOIN school o ON o.id = t.ontvangende_school_id JOIN swv sw ON sw.id = t.swv_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    TlvRegister(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Tlv> list(CurrentUser user, TlvFilter filter) {
        List<Row> rows = query(user, filter, null);
        audit.record(user, "tlv.list", "tlv", null);
        return rows.stream().map(Row::tlv).toList();
    }

    public Tlv get(CurrentUser user, UUID id) {
        Row row = query(user, TlvFilter.none(), id).stream().findFirst()
                .orElseThrow(() -> new PassendException.NotFound("tlv-not-found"));
        audit.record(user, "tlv.read", "tlv", id);
        return row.tlv();
    }

    /** Whether the TLV lies in the user's scope for an act ({@code TLV_FOLLOW_UP}, say), not only for reading. */
    boolean inScope(CurrentUser user, UUID tlvId, Permission permission) {
        if (!user.can(permission)) {
            return false;
        }
        SqlFilter scope = PupilScope.filter(user, permission, "t.school_id", "t.ontvangende_school_id", "t.leerling_id");
        List<Object> params = new ArrayList<>(List.of(tlvId));
        params.addAll(scope.params());
        return jdbc.sql("SELECT count(*) FROM tlv t WHERE t.id = ? AND " + scope.sql()).params(params)
                .query(Integer.class).single() > 0;
    }

    /** The register as CSV (UTF-8, semicolon, header row), for S(B)O schools and DUO. */
    public String exportCsv(CurrentUser user, TlvFilter filter) {
        List<Row> rows = query(user, filter, null);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(CSV_HEADER.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Row r : rows) {
                Tlv t = r.tlv();
                csv.printRecord(r.swvNummer(), t.beschikkingsnummer(), Bekostigingscategorie.osoCode(t.categorie()),
                        t.ingangsdatum(), t.einddatum(), t.type(), cell(r.achternaam()), cell(r.voornamen()),
                        t.geboortedatum(), cell(t.schoolNaam()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(user, "tlv.export", "tlv", null);
        return out.toString();
    }

    /** A text cell that a spreadsheet would read as a formula gets a leading apostrophe (CSV injection). */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private record Row(Tlv tlv, String swvNummer, String achternaam, String voornamen) {
    }

    private List<Row> query(CurrentUser user, TlvFilter f, UUID id) {
        user.require(Permission.TLV_READ);
        SqlFilter scope = PupilScope.filter(user, Permission.TLV_READ, "t.school_id", "t.ontvangende_school_id",
                "t.leerling_id");
        LocalDate today = LocalDate.now(clock);
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE t.swv_id = ? AND ").append(scope.sql());
        List<Object> params = new ArrayList<>(List.of(user.requireTenant()));
        params.addAll(scope.params());
        if (id != null) {
            sql.append(" AND t.id = ?");
            params.add(id);
        }
        if (f.schoolId() != null) {
            sql.append(" AND (t.school_id = ? OR t.ontvangende_school_id = ?)");
            params.add(f.schoolId());
            params.add(f.schoolId());
        }
        if (f.type() != null) {
            sql.append(" AND t.type = ?");
            params.add(f.type().name());
        }
        if (f.categorie() != null) {
            sql.append(" AND t.categorie = ?");
            params.add(f.categorie().name());
        }
        if (f.leerlingId() != null) {
            sql.append(" AND t.leerling_id = ?");
            params.add(f.leerlingId());
        }
        if (f.eindeVoor() != null) {
            sql.append(" AND t.einddatum <= ?");
            params.add(f.eindeVoor());
        }
        if (f.status() != null) {
            switch (f.status()) {
                case INGETROKKEN -> sql.append(" AND t.ingetrokken_op IS NOT NULL");
                case VERLOPEN -> {
                    sql.append(" AND t.ingetrokken_op IS NULL AND t.einddatum < ?");
                    params.add(today);
                }
                case ACTIEF -> {
                    sql.append(" AND t.ingetrokken_op IS NULL AND t.einddatum >= ?");
                    params.add(today);
                }
            }
        }
        sql.append(" ORDER BY t.einddatum, t.beschikkingsnummer LIMIT 5000");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            LocalDate eind = rs.getObject("einddatum", LocalDate.class);
            TlvStatus status = rs.getObject("ingetrokken_op") != null ? TlvStatus.INGETROKKEN
                    : eind.isBefore(today) ? TlvStatus.VERLOPEN : TlvStatus.ACTIEF;
            Tlv t = new Tlv(rs.getObject("id", UUID.class), rs.getString("beschikkingsnummer"),
                    rs.getObject("leerling_id", UUID.class), Leerling.volledigeNaam(rs.getString("roepnaam"),
                    rs.getString("voornamen"), rs.getString("voorvoegsel"), rs.getString("achternaam")),
                    rs.getObject("geboortedatum", LocalDate.class), rs.getObject("school_id", UUID.class),
                    rs.getString("school_naam"), rs.getObject("ontvangende_school_id", UUID.class),
                    rs.getString("ontvangende_naam"), TlvType.valueOf(rs.getString("type")),
                    AanvraagAccess.categorie(rs.getString("categorie")), rs.getObject("ingangsdatum", LocalDate.class),
                    eind, rs.getBoolean("tijdelijk"), status, rs.getObject("besluit_id", UUID.class),
                    rs.getObject("aanvraag_id", UUID.class), rs.getObject("vorige_tlv_id", UUID.class),
                    rs.getObject("verlenging_id", UUID.class), rs.getObject("terugplaatsing_id", UUID.class));
            String achternaam = (rs.getString("voorvoegsel") == null ? "" : rs.getString("voorvoegsel") + " ")
                    + rs.getString("achternaam");
            return new Row(t, rs.getString("administratienummer"), achternaam, rs.getString("voornamen"));
        }).list();
    }
}
