package nl.passend.finance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.finance.calc.NormbedragWaarde;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Normbedragen of the user's SWV: versioned amounts with their source. A value is never changed in
 * place (the database refuses DELETE): a correction adds the next version and marks the old one as
 * replaced. The amounts Passend ships ({@value #PUBLICATIES}, verified against the published
 * regelingen) can be loaded into an SWV; amounts already present are left alone.
 */
@Service
@Transactional
public class NormbedragService {

    static final String PUBLICATIES = "finance/normbedragen.csv";
    private static final String COLUMNS = "id, jaar, soort, leeftijdsklasse, waarde, status, bron_regeling, "
            + "bron_vindplaats, bron_datum, toelichting, versie, vervangen_door, vervangen_op, created_at";
    private static final RowMapper<Normbedrag> ROW = (rs, n) -> new Normbedrag(rs.getObject("id", UUID.class),
            rs.getInt("jaar"), NormbedragSoort.valueOf(rs.getString("soort")),
            Leeftijdsklasse.valueOf(rs.getString("leeftijdsklasse")), waarde(rs.getBigDecimal("waarde"),
            NormbedragSoort.valueOf(rs.getString("soort"))), NormbedragStatus.valueOf(rs.getString("status")),
            rs.getString("bron_regeling"), rs.getString("bron_vindplaats"), rs.getObject("bron_datum", LocalDate.class),
            rs.getString("toelichting"), rs.getInt("versie"), rs.getObject("vervangen_door", UUID.class),
            instant(rs.getTimestamp("vervangen_op")), instant(rs.getTimestamp("created_at")));
    private static final String ORDER = " ORDER BY jaar DESC, soort, leeftijdsklasse, versie";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    NormbedragService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The amounts in force of a year (one per kind and age band), each with its source and version. */
    @Transactional(readOnly = true)
    public List<Normbedrag> list(CurrentUser user, int jaar) {
        user.require(Permission.FINANCE_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM normbedrag WHERE swv_id = ? AND jaar = ? AND vervangen_door IS NULL"
                        + ORDER).params(user.requireTenant(), jaar).query(ROW).list();
    }

    /** The amounts in force of a year as the computations take them. */
    @Transactional(readOnly = true)
    public List<NormbedragWaarde> current(CurrentUser user, int jaar) {
        return list(user, jaar).stream().map(NormbedragService::waarde).toList();
    }

    /** The years that have amounts, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> jaren(CurrentUser user) {
        user.require(Permission.FINANCE_READ);
        return jdbc.sql("SELECT DISTINCT jaar FROM normbedrag WHERE swv_id = ? ORDER BY jaar DESC")
                .param(user.requireTenant()).query(Integer.class).list();
    }

    @Transactional(readOnly = true)
    public Normbedrag get(CurrentUser user, UUID id) {
        user.require(Permission.FINANCE_READ);
        return find(user, id);
    }

    /** Every version of the amount that {@code id} is a version of, oldest first. */
    @Transactional(readOnly = true)
    public List<Normbedrag> versions(CurrentUser user, UUID id) {
        user.require(Permission.FINANCE_READ);
        Normbedrag n = find(user, id);
        return jdbc.sql("SELECT " + COLUMNS + " FROM normbedrag WHERE swv_id = ? AND jaar = ? AND soort = ? "
                        + "AND leeftijdsklasse = ? ORDER BY versie")
                .params(user.requireTenant(), n.jaar(), n.soort().name(), n.leeftijdsklasse().name()).query(ROW).list();
    }

    /** Several amounts by id, in any version: what a saved computation used. */
    @Transactional(readOnly = true)
    public List<Normbedrag> byIds(CurrentUser user, List<UUID> ids) {
        user.require(Permission.FINANCE_READ);
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM normbedrag WHERE swv_id = ? AND id = ANY(CAST(? AS uuid[]))" + ORDER)
                .params(user.requireTenant(), ids.toArray(UUID[]::new)).query(ROW).list();
    }

    /** Adds a new amount (version 1). A second amount in force for the same year, kind and band is a conflict. */
    public Normbedrag create(CurrentUser user, NormbedragInput in) {
        user.require(Permission.FINANCE_MANAGE);
        UUID id = insert(user, in);
        audit.record(user, "finance.normbedrag.create", "normbedrag", id);
        return find(user, id);
    }

    /**
     * Corrects the amount in force {@code id}: the correction becomes the next version and {@code id}
     * is marked as replaced by it. Correcting a version that is no longer in force is a conflict.
     */
    public Normbedrag correct(CurrentUser user, UUID id, NormbedragCorrectieInput in) {
        user.require(Permission.FINANCE_MANAGE);
        Normbedrag old = find(user, id);
        NormbedragRules.check(old.soort(), old.leeftijdsklasse(), in.getWaarde(), in.getBronRegeling(),
                in.getBronVindplaats(), in.getBronDatum());
        if (in.getReden() == null || in.getReden().isBlank()) {
            throw new PassendException.RuleViolation("normbedrag-reden-ontbreekt");
        }
        UUID swv = user.requireTenant();
        // The old row is marked as replaced by its successor first (its one allowed change, V14), so it
        // leaves the "in force" index and the new version can be added; the foreign key to the
        // successor is checked at the end of the transaction.
        jdbc.sql("SET CONSTRAINTS normbedrag_swv_id_vervangen_door_fkey DEFERRED").update();
        UUID newId = UUID.randomUUID();
        int rows = jdbc.sql("""
                UPDATE normbedrag SET vervangen_door = ?, vervangen_op = now()
                 WHERE swv_id = ? AND id = ? AND vervangen_door IS NULL""").params(newId, swv, id).update();
        if (rows != 1) {
            throw new PassendException.Conflict("normbedrag-al-vervangen");
        }
        jdbc.sql("""
                INSERT INTO normbedrag (id, swv_id, jaar, soort, leeftijdsklasse, waarde, status, bron_regeling,
                                        bron_vindplaats, bron_datum, toelichting, versie, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        (SELECT max(versie) + 1 FROM normbedrag WHERE swv_id = ? AND jaar = ? AND soort = ?
                            AND leeftijdsklasse = ?), ?)""")
                .params(newId, swv, old.jaar(), old.soort().name(), old.leeftijdsklasse().name(), in.getWaarde(),
                        in.getStatus().name(), in.getBronRegeling().trim(), in.getBronVindplaats().trim(),
                        in.getBronDatum(), in.getReden().trim(), swv, old.jaar(), old.soort().name(),
                        old.leeftijdsklasse().name(), user.accountId())
                .update();
        audit.record(user, "finance.normbedrag.correct", "normbedrag", newId);
        return find(user, newId);
    }

    /**
     * Loads the amounts Passend ships with their sources. An amount whose year, kind and band the SWV
     * already has (in any version) is skipped, so loading twice adds nothing and never overrules a
     * correction.
     */
    public NormbedragLading loadPublications(CurrentUser user) {
        user.require(Permission.FINANCE_MANAGE);
        List<Normbedrag> added = new ArrayList<>();
        int present = 0;
        for (NormbedragInput in : readPublications()) {
            int exists = jdbc.sql("SELECT count(*) FROM normbedrag WHERE swv_id = ? AND jaar = ? AND soort = ? "
                            + "AND leeftijdsklasse = ?")
                    .params(user.requireTenant(), in.getJaar(), in.getSoort().name(), in.getLeeftijdsklasse().name())
                    .query(Integer.class).single();
            if (exists > 0 || mixesBands(user, in)) {
                present++;
                continue;
            }
            UUID id = insert(user, in);
            audit.record(user, "finance.normbedrag.load", "normbedrag", id);
            added.add(find(user, id));
        }
        return new NormbedragLading(added, present);
    }

    /** The shipped file: semicolon-separated with a header; the last column (toelichting) may itself hold semicolons. */
    static List<NormbedragInput> readPublications() {
        ClassPathResource file = new ClassPathResource(PUBLICATIES);
        if (!file.exists()) {
            return List.of();
        }
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<NormbedragInput> result = new ArrayList<>();
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord r : parser) {
                if (r.getRecordNumber() == 1 || r.get(0).isBlank() || r.get(0).startsWith("#")) {
                    continue; // header, blank or comment line
                }
                if (r.size() < 8) {
                    throw new IllegalStateException(PUBLICATIES + " line " + r.getRecordNumber() + " has too few columns");
                }
                NormbedragInput in = new NormbedragInput();
                in.setJaar(Integer.parseInt(r.get(0)));
                in.setSoort(NormbedragSoort.valueOf(r.get(1)));
                in.setLeeftijdsklasse(r.get(2).isBlank() ? Leeftijdsklasse.ALLE : Leeftijdsklasse.valueOf(r.get(2)));
                in.setWaarde(new BigDecimal(r.get(3)));
                in.setStatus(NormbedragStatus.valueOf(r.get(4)));
                in.setBronRegeling(r.get(5));
                in.setBronVindplaats(r.get(6));
                in.setBronDatum(LocalDate.parse(r.get(7)));
                List<String> rest = new ArrayList<>();
                for (int i = 8; i < r.size(); i++) {
                    rest.add(r.get(i));
                }
                in.setToelichting(rest.isEmpty() ? null : String.join("; ", rest));
                result.add(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private UUID insert(CurrentUser user, NormbedragInput in) {
        NormbedragRules.check(in.getSoort(), in.getLeeftijdsklasse(), in.getWaarde(), in.getBronRegeling(),
                in.getBronVindplaats(), in.getBronDatum());
        if (in.getJaar() == null || in.getJaar() < 2014 || in.getJaar() > 2100) {
            throw new PassendException.RuleViolation("normbedrag-jaar-ongeldig");
        }
        if (mixesBands(user, in)) {
            throw new PassendException.RuleViolation("normbedrag-leeftijdsklasse-gemengd");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO normbedrag (id, swv_id, jaar, soort, leeftijdsklasse, waarde, status, bron_regeling,
                                            bron_vindplaats, bron_datum, toelichting, versie, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""")
                    .params(id, user.requireTenant(), in.getJaar(), in.getSoort().name(), in.getLeeftijdsklasse().name(),
                            in.getWaarde(), in.getStatus().name(), in.getBronRegeling().trim(),
                            in.getBronVindplaats().trim(), in.getBronDatum(), blankToNull(in.getToelichting()),
                            user.accountId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("normbedrag-bestaat", String.valueOf(in.getJaar()));
        }
        return id;
    }

    /** A kind of a year has either one amount for all ages or amounts per age band, never both. */
    private boolean mixesBands(CurrentUser user, NormbedragInput in) {
        String other = in.getLeeftijdsklasse() == Leeftijdsklasse.ALLE ? "<> 'ALLE'" : "= 'ALLE'";
        return jdbc.sql("SELECT count(*) FROM normbedrag WHERE swv_id = ? AND jaar = ? AND soort = ? "
                        + "AND vervangen_door IS NULL AND leeftijdsklasse " + other)
                .params(user.requireTenant(), in.getJaar(), in.getSoort().name()).query(Integer.class).single() > 0;
    }

    private Normbedrag find(CurrentUser user, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM normbedrag WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("normbedrag-not-found"));
    }

    static NormbedragWaarde waarde(Normbedrag n) {
        return new NormbedragWaarde(n.id(), n.jaar(), n.soort(), n.leeftijdsklasse(), n.waarde(), n.versie());
    }

    /** Amounts come back with the column's four decimals; an amount in euros shows two. */
    private static BigDecimal waarde(BigDecimal stored, NormbedragSoort soort) {
        return soort.isPercentage() ? stored : stored.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
