package nl.passend.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.passend.finance.calc.ComponentSoort;
import nl.passend.shared.PassendException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads verdeelmodellen and their components; the acts live in {@link VerdeelmodelService}. */
@Component
class VerdeelmodelStore {

    private static final String COLUMNS = "id, jaar, versie, naam, status, teldatum, geldig_vanaf, opr_instemming_op, "
            + "opr_kenmerk, vastgesteld_op, vastgesteld_door, vervangt_id, version";
    private static final RowMapper<Verdeelmodel> ROW = (rs, n) -> new Verdeelmodel(rs.getObject("id", UUID.class),
            rs.getInt("jaar"), rs.getInt("versie"), rs.getString("naam"),
            VerdeelmodelStatus.valueOf(rs.getString("status")), rs.getObject("teldatum", LocalDate.class),
            rs.getObject("geldig_vanaf", LocalDate.class), rs.getObject("opr_instemming_op", LocalDate.class),
            rs.getString("opr_kenmerk"), rs.getObject("vastgesteld_op", OffsetDateTime.class),
            rs.getObject("vastgesteld_door", UUID.class), rs.getObject("vervangt_id", UUID.class),
            rs.getInt("version"), List.of());
    private static final String COMPONENT_COLUMNS = "id, verdeelmodel_id, volgorde, soort, naam, post, bedrag, percentage, "
            + "frictie_percentage, peildatum, verwacht_aantal, maandelijks";
    private static final RowMapper<VerdeelmodelComponent> COMPONENT = (rs, n) -> new VerdeelmodelComponent(
            rs.getObject("id", UUID.class), rs.getInt("volgorde"), ComponentSoort.valueOf(rs.getString("soort")),
            rs.getString("naam"), Begrotingspost.valueOf(rs.getString("post")), rs.getBigDecimal("bedrag"),
            strip(rs.getBigDecimal("percentage")), strip(rs.getBigDecimal("frictie_percentage")),
            rs.getObject("peildatum", LocalDate.class), (Integer) rs.getObject("verwacht_aantal", Integer.class),
            rs.getBoolean("maandelijks"));

    private final JdbcClient jdbc;

    VerdeelmodelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Percentages are stored with four decimals; 12.5000 reads better as 12.5. */
    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    List<Verdeelmodel> list(UUID swvId, Integer jaar) {
        String sql = "SELECT " + COLUMNS + " FROM verdeelmodel WHERE swv_id = ?"
                + (jaar == null ? "" : " AND jaar = ?") + " ORDER BY jaar DESC, versie DESC";
        var statement = jdbc.sql(sql).param(swvId);
        if (jaar != null) {
            statement = statement.param(jaar);
        }
        return statement.query(ROW).list();
    }

    Optional<Verdeelmodel> find(UUID swvId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM verdeelmodel WHERE swv_id = ? AND id = ?")
                .params(swvId, id).query(ROW).optional()
                .map(m -> m.withComponenten(componenten(swvId, id)));
    }

    Verdeelmodel get(UUID swvId, UUID id) {
        return find(swvId, id).orElseThrow(() -> new PassendException.NotFound("verdeelmodel-not-found"));
    }

    /** The model in force on a date: the vastgesteld or vervangen one with the latest start on or before it. */
    Optional<Verdeelmodel> inForce(UUID swvId, LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM verdeelmodel WHERE swv_id = ? "
                        + "AND status IN ('VASTGESTELD', 'VERVANGEN') AND geldig_vanaf <= ? "
                        + "ORDER BY geldig_vanaf DESC, versie DESC LIMIT 1")
                .params(swvId, date).query(ROW).optional()
                .map(m -> m.withComponenten(componenten(swvId, m.id())));
    }

    Optional<Verdeelmodel> vastgesteld(UUID swvId, int jaar) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM verdeelmodel WHERE swv_id = ? AND jaar = ? AND status = 'VASTGESTELD'")
                .params(swvId, jaar).query(ROW).optional();
    }

    List<VerdeelmodelComponent> componenten(UUID swvId, UUID modelId) {
        return jdbc.sql("SELECT " + COMPONENT_COLUMNS + " FROM verdeelmodel_component "
                        + "WHERE swv_id = ? AND verdeelmodel_id = ? ORDER BY volgorde")
                .params(swvId, modelId).query(COMPONENT).list();
    }

    /** Components of several models at once, for lists. */
    Map<UUID, Long> componentCounts(UUID swvId) {
        return jdbc.sql("SELECT verdeelmodel_id FROM verdeelmodel_component WHERE swv_id = ?").param(swvId)
                .query(UUID.class).list().stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    int nextVersie(UUID swvId, int jaar) {
        return jdbc.sql("SELECT coalesce(max(versie), 0) + 1 FROM verdeelmodel WHERE swv_id = ? AND jaar = ?")
                .params(swvId, jaar).query(Integer.class).single();
    }

    int nextVolgorde(UUID swvId, UUID modelId) {
        return jdbc.sql("SELECT coalesce(max(volgorde), -1) + 1 FROM verdeelmodel_component "
                        + "WHERE swv_id = ? AND verdeelmodel_id = ?")
                .params(swvId, modelId).query(Integer.class).single();
    }

    void insertComponent(UUID swvId, UUID modelId, UUID id, int volgorde, VerdeelmodelComponent c, UUID by) {
        jdbc.sql("""
                INSERT INTO verdeelmodel_component (id, swv_id, verdeelmodel_id, volgorde, soort, naam, post, bedrag,
                       percentage, frictie_percentage, peildatum, verwacht_aantal, maandelijks, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, swvId, modelId, volgorde, c.soort().name(), c.naam(), c.post().name(), c.bedrag(),
                        c.percentage(), c.frictiePercentage(), c.peildatum(), c.verwachtAantal(), c.maandelijks(), by)
                .update();
    }
}
