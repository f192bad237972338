package nl.passend.finance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.finance.BekostigingstellingImport.Regelfout;
import nl.passend.finance.calc.Telling;
import nl.passend.organisation.LeerlingtellingFilter;
import nl.passend.organisation.LeerlingtellingService;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolFilter;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.tlv.Bekostigingscategorie;
import nl.passend.tlv.TlvAantal;
import nl.passend.tlv.TlvCounts;
import nl.passend.tlv.TlvType;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bekostigingstellingen of the user's SWV per teldatum: set by hand, imported from DUO's counts (all or
 * nothing), or derived from Passend itself: BASIS from the leerlingtellingen of the bao and sbo schools,
 * SBO and SO per category from the TLV register (aggregates only).
 */
@Service
@Transactional
public class BekostigingstellingService {

    /** The DUO import's columns, in this order. */
    public static final List<String> IMPORT_HEADER = List.of("teldatum", "soort", "leeftijdsklasse", "aantal");
    private static final int MAX_LINES = 10_000;
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final String COLUMNS = "id, teldatum, soort, leeftijdsklasse, aantal, bron, toelichting, version";
    private static final RowMapper<Bekostigingstelling> ROW = (rs, n) -> new Bekostigingstelling(
            rs.getObject("id", UUID.class), rs.getObject("teldatum", LocalDate.class),
            TelSoort.valueOf(rs.getString("soort")), Leeftijdsklasse.valueOf(rs.getString("leeftijdsklasse")),
            rs.getInt("aantal"), BekostigingstellingBron.valueOf(rs.getString("bron")), rs.getString("toelichting"),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SchoolService scholen;
    private final LeerlingtellingService leerlingtellingen;
    private final TlvCounts tlvCounts;

    BekostigingstellingService(JdbcClient jdbc, AuditLog audit, SchoolService scholen,
                               LeerlingtellingService leerlingtellingen, TlvCounts tlvCounts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scholen = scholen;
        this.leerlingtellingen = leerlingtellingen;
        this.tlvCounts = tlvCounts;
    }

    /** Funding counts are taken on 1 October or 1 February. */
    public static boolean isTeldatum(LocalDate date) {
        return date.getDayOfMonth() == 1 && (date.getMonthValue() == 2 || date.getMonthValue() == 10);
    }

    @Transactional(readOnly = true)
    public List<Bekostigingstelling> list(CurrentUser user, LocalDate teldatum) {
        user.require(Permission.FINANCE_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM bekostigingstelling WHERE swv_id = ? AND teldatum = ? "
                        + "ORDER BY soort, leeftijdsklasse")
                .params(user.requireTenant(), teldatum).query(ROW).list()
                .stream().sorted((a, b) -> a.soort() != b.soort() ? a.soort().compareTo(b.soort())
                        : a.leeftijdsklasse().compareTo(b.leeftijdsklasse())).toList();
    }

    /** The counts of a teldatum as the computations take them. */
    @Transactional(readOnly = true)
    public List<Telling> tellingen(CurrentUser user, LocalDate teldatum) {
        return list(user, teldatum).stream()
                .map(t -> new Telling(t.teldatum(), t.soort(), t.leeftijdsklasse(), t.aantal())).toList();
    }

    /** The teldata with counts, newest first. */
    @Transactional(readOnly = true)
    public List<LocalDate> teldata(CurrentUser user) {
        user.require(Permission.FINANCE_READ);
        return jdbc.sql("SELECT DISTINCT teldatum FROM bekostigingstelling WHERE swv_id = ? ORDER BY teldatum DESC")
                .param(user.requireTenant()).query(LocalDate.class).list();
    }

    /** Sets a count by hand or from a DUO statement, overwriting the count of that date, kind and band. */
    public Bekostigingstelling set(CurrentUser user, BekostigingstellingInput in) {
        user.require(Permission.FINANCE_MANAGE);
        if (in.getBron() != BekostigingstellingBron.HANDMATIG && in.getBron() != BekostigingstellingBron.DUO) {
            throw new PassendException.RuleViolation("telling-bron-ongeldig");
        }
        check(in.getTeldatum(), in.getSoort(), in.getAantal());
        UUID id = upsert(user, in.getTeldatum(), in.getSoort(), in.getLeeftijdsklasse(), in.getAantal(), in.getBron(),
                in.getToelichting());
        audit.record(user, "finance.telling.set", "bekostigingstelling", id);
        return find(user, id);
    }

    /**
     * BASIS on the teldatum from Passend's leerlingtellingen: the sum over the SWV's bao and sbo schools.
     * Refused when no such school has a count on that date.
     */
    public Bekostigingstelling deriveBasis(CurrentUser user, LocalDate teldatum) {
        user.require(Permission.FINANCE_MANAGE);
        check(teldatum, TelSoort.BASIS, 0);
        Set<UUID> regulier = new java.util.HashSet<>();
        for (School s : scholen.list(user, SchoolFilter.all())) {
            if (s.soort() == SchoolSoort.BAO || s.soort() == SchoolSoort.SBO) {
                regulier.add(s.id());
            }
        }
        var counts = leerlingtellingen.list(user, new LeerlingtellingFilter(null, teldatum)).stream()
                .filter(t -> regulier.contains(t.schoolId())).toList();
        if (counts.isEmpty()) {
            throw new PassendException.RuleViolation("telling-geen-leerlingtelling", teldatum);
        }
        int sum = counts.stream().mapToInt(t -> t.aantal()).sum();
        UUID id = upsert(user, teldatum, TelSoort.BASIS, Leeftijdsklasse.ALLE, sum,
                BekostigingstellingBron.LEERLINGTELLING, null);
        audit.record(user, "finance.telling.derive", "bekostigingstelling", id);
        return find(user, id);
    }

    /**
     * SBO and SO per category on the teldatum from the TLV register: the pupils with a TLV of this SWV
     * valid and not withdrawn on that date. Each kind is stored for all ages and per age band (for the
     * years whose amounts distinguish them); kinds without pupils are stored as 0.
     */
    public List<Bekostigingstelling> deriveVerrekening(CurrentUser user, LocalDate teldatum) {
        user.require(Permission.FINANCE_MANAGE);
        check(teldatum, TelSoort.SBO, 0);
        Map<TelSoort, int[]> bands = new HashMap<>();
        for (TelSoort soort : EnumSet.complementOf(EnumSet.of(TelSoort.BASIS))) {
            bands.put(soort, new int[2]);
        }
        for (TlvAantal a : tlvCounts.countOn(user, teldatum)) {
            int[] b = bands.get(soort(a.type(), a.categorie()));
            b[0] += a.jongerDan8();
            b[1] += a.achtOfOuder();
        }
        List<Bekostigingstelling> result = new ArrayList<>();
        for (TelSoort soort : EnumSet.complementOf(EnumSet.of(TelSoort.BASIS))) {
            int[] b = bands.get(soort);
            for (Map.Entry<Leeftijdsklasse, Integer> e : Map.of(Leeftijdsklasse.ALLE, b[0] + b[1],
                    Leeftijdsklasse.ONDER_8, b[0], Leeftijdsklasse.VANAF_8, b[1]).entrySet()) {
                UUID id = upsert(user, teldatum, soort, e.getKey(), e.getValue(), BekostigingstellingBron.TLV_REGISTER,
                        null);
                audit.record(user, "finance.telling.derive", "bekostigingstelling", id);
            }
        }
        result.addAll(list(user, teldatum).stream().filter(t -> t.soort() != TelSoort.BASIS).toList());
        return result;
    }

    /**
     * Imports DUO's counts ({@link #IMPORT_HEADER}, semicolon-separated, header optional). All or
     * nothing: when any line is wrong nothing is stored and every wrong line is reported.
     */
    public BekostigingstellingImport importDuo(CurrentUser user, String csv) {
        user.require(Permission.FINANCE_MANAGE);
        List<Regelfout> fouten = new ArrayList<>();
        List<BekostigingstellingInput> lines = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        String[] physical = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\\R", -1);
        if (physical.length > MAX_LINES) {
            return new BekostigingstellingImport(List.of(), List.of(new Regelfout(0, "telling-import-te-groot",
                    new Object[] {MAX_LINES})));
        }
        for (int i = 0; i < physical.length; i++) {
            long regel = i + 1;
            String line = physical[i].trim();
            if (line.isEmpty() || (lines.isEmpty() && fouten.isEmpty() && seen.isEmpty()
                    && line.toLowerCase(Locale.ROOT).startsWith("teldatum"))) {
                continue;
            }
            try {
                BekostigingstellingInput in = parse(line);
                String key = in.getTeldatum() + "/" + in.getSoort() + "/" + in.getLeeftijdsklasse();
                Long earlier = seen.putIfAbsent(key, regel);
                if (earlier != null) {
                    throw new LineError("telling-import-dubbel", earlier);
                }
                lines.add(in);
            } catch (LineError e) {
                fouten.add(new Regelfout(regel, e.code, e.args));
            }
        }
        if (fouten.isEmpty() && lines.isEmpty()) {
            fouten.add(new Regelfout(0, "telling-import-leeg", new Object[0]));
        }
        if (!fouten.isEmpty()) {
            return new BekostigingstellingImport(List.of(), fouten);
        }
        List<Bekostigingstelling> stored = new ArrayList<>();
        for (BekostigingstellingInput in : lines) {
            UUID id = upsert(user, in.getTeldatum(), in.getSoort(), in.getLeeftijdsklasse(), in.getAantal(),
                    BekostigingstellingBron.DUO, null);
            audit.record(user, "finance.telling.import", "bekostigingstelling", id);
            stored.add(find(user, id));
        }
        return new BekostigingstellingImport(stored, List.of());
    }

    private static BekostigingstellingInput parse(String line) {
        String[] cells = line.split(";", -1);
        if (cells.length != IMPORT_HEADER.size()) {
            throw new LineError("telling-import-kolommen", IMPORT_HEADER.size(), cells.length);
        }
        for (int c = 0; c < cells.length; c++) {
            cells[c] = unquote(cells[c]);
        }
        BekostigingstellingInput in = new BekostigingstellingInput();
        in.setTeldatum(date(cells[0]));
        if (!isTeldatum(in.getTeldatum())) {
            throw new LineError("telling-import-teldatum", cells[0]);
        }
        try {
            in.setSoort(TelSoort.valueOf(cells[1].toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new LineError("telling-import-soort", cells[1]);
        }
        try {
            in.setLeeftijdsklasse(cells[2].isEmpty() ? Leeftijdsklasse.ALLE
                    : Leeftijdsklasse.valueOf(cells[2].toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new LineError("telling-import-leeftijdsklasse", cells[2]);
        }
        try {
            in.setAantal(Integer.parseInt(cells[3]));
        } catch (NumberFormatException e) {
            throw new LineError("telling-import-aantal", cells[3]);
        }
        if (in.getAantal() < 0) {
            throw new LineError("telling-import-aantal", cells[3]);
        }
        if (in.getSoort() == TelSoort.BASIS && in.getLeeftijdsklasse() != Leeftijdsklasse.ALLE) {
            throw new LineError("telling-basis-leeftijdsklasse");
        }
        return in;
    }

    private static LocalDate date(String text) {
        try {
            return text.contains("-") && text.indexOf('-') == 4 ? LocalDate.parse(text) : LocalDate.parse(text, DUTCH_DATE);
        } catch (DateTimeParseException e) {
            throw new LineError("telling-import-datum", text);
        }
    }

    private static String unquote(String cell) {
        String c = cell.trim();
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
            c = c.substring(1, c.length() - 1).trim();
        }
        return c;
    }

    /** A wrong line of an import: collected, not thrown to the caller. */
    private static final class LineError extends RuntimeException {
        private final String code;
        private final Object[] args;

        LineError(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = args;
        }
    }

    private static TelSoort soort(TlvType type, Bekostigingscategorie categorie) {
        if (type == TlvType.SBO) {
            return TelSoort.SBO;
        }
        return switch (categorie) {
            case LAAG -> TelSoort.SO_LAAG;
            case MIDDEN -> TelSoort.SO_MIDDEN;
            case HOOG -> TelSoort.SO_HOOG;
        };
    }

    private static void check(LocalDate teldatum, TelSoort soort, Integer aantal) {
        if (teldatum == null || !isTeldatum(teldatum)) {
            throw new PassendException.RuleViolation("telling-teldatum-ongeldig");
        }
        if (soort == null) {
            throw new PassendException.RuleViolation("telling-soort-ontbreekt");
        }
        if (aantal == null || aantal < 0) {
            throw new PassendException.RuleViolation("telling-aantal-negatief");
        }
    }

    private UUID upsert(CurrentUser user, LocalDate teldatum, TelSoort soort, Leeftijdsklasse klasse, int aantal,
                        BekostigingstellingBron bron, String toelichting) {
        if (soort == TelSoort.BASIS && klasse != Leeftijdsklasse.ALLE) {
            throw new PassendException.RuleViolation("telling-basis-leeftijdsklasse");
        }
        return jdbc.sql("""
                INSERT INTO bekostigingstelling (swv_id, teldatum, soort, leeftijdsklasse, aantal, bron, toelichting,
                                                 created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (swv_id, teldatum, soort, leeftijdsklasse) DO UPDATE
                   SET aantal = EXCLUDED.aantal, bron = EXCLUDED.bron, toelichting = EXCLUDED.toelichting,
                       updated_at = now(), updated_by = EXCLUDED.created_by,
                       version = bekostigingstelling.version + 1
                RETURNING id""")
                .params(user.requireTenant(), teldatum, soort.name(), klasse.name(), aantal, bron.name(),
                        toelichting == null || toelichting.isBlank() ? null : toelichting.trim(), user.accountId())
                .query(UUID.class).single();
    }

    private Bekostigingstelling find(CurrentUser user, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bekostigingstelling WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("telling-not-found"));
    }
}
