package nl.passend.finance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.passend.finance.calc.Prognose;
import nl.passend.shared.PassendException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads begrotingen with their prognoses, scenarios and frozen lines; the acts live in {@link BegrotingService}. */
@Component
class BegrotingStore {

    private static final String COLUMNS = "id, jaar, naam, verdeelmodel_id, status, indexatie_percentage, vastgesteld_op, "
            + "vastgesteld_door, version";
    private static final RowMapper<Begroting> ROW = (rs, n) -> new Begroting(rs.getObject("id", UUID.class),
            rs.getInt("jaar"), rs.getString("naam"), rs.getObject("verdeelmodel_id", UUID.class),
            BegrotingStatus.valueOf(rs.getString("status")), plain(rs.getBigDecimal("indexatie_percentage")),
            rs.getObject("vastgesteld_op", OffsetDateTime.class), rs.getObject("vastgesteld_door", UUID.class),
            rs.getInt("version"), List.of(), List.of(), List.of());
    private static final RowMapper<BegrotingScenario> SCENARIO = (rs, n) -> new BegrotingScenario(
            rs.getObject("id", UUID.class), rs.getString("naam"), plain(rs.getBigDecimal("so_deelname_delta")),
            plain(rs.getBigDecimal("sbo_deelname_delta")), plain(rs.getBigDecimal("leerlingen_delta_pct")),
            plain(rs.getBigDecimal("indexatie_delta")));

    private final JdbcClient jdbc;

    BegrotingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 1.5000 reads as 1.5; 0.000 as 0. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    List<Begroting> list(UUID swvId, boolean onlyVastgesteld) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM begroting WHERE swv_id = ?"
                        + (onlyVastgesteld ? " AND status = 'VASTGESTELD'" : "") + " ORDER BY jaar DESC, created_at DESC")
                .param(swvId).query(ROW).list();
    }

    Optional<Begroting> find(UUID swvId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM begroting WHERE swv_id = ? AND id = ?").params(swvId, id)
                .query(ROW).optional().map(b -> complete(swvId, b));
    }

    Begroting get(UUID swvId, UUID id) {
        return find(swvId, id).orElseThrow(() -> new PassendException.NotFound("begroting-not-found"));
    }

    Optional<Begroting> vastgesteld(UUID swvId, int jaar) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM begroting WHERE swv_id = ? AND jaar = ? AND status = 'VASTGESTELD'")
                .params(swvId, jaar).query(ROW).optional().map(b -> complete(swvId, b));
    }

    private Begroting complete(UUID swvId, Begroting b) {
        List<Prognose> prognoses = jdbc.sql("SELECT jaar, soort, aantal FROM begroting_prognose "
                        + "WHERE swv_id = ? AND begroting_id = ? ORDER BY jaar, soort")
                .params(swvId, b.id()).query((rs, n) -> new Prognose(rs.getInt("jaar"),
                        TelSoort.valueOf(rs.getString("soort")), rs.getInt("aantal"))).list();
        List<BegrotingScenario> scenarios = jdbc.sql("SELECT id, naam, so_deelname_delta, sbo_deelname_delta, "
                        + "leerlingen_delta_pct, indexatie_delta FROM begroting_scenario "
                        + "WHERE swv_id = ? AND begroting_id = ? ORDER BY created_at, naam")
                .params(swvId, b.id()).query(SCENARIO).list();
        List<BegrotingRegel> regels = jdbc.sql("SELECT jaar, post, bedrag, afleiding FROM begroting_regel "
                        + "WHERE swv_id = ? AND begroting_id = ?")
                .params(swvId, b.id()).query((rs, n) -> new BegrotingRegel(rs.getInt("jaar"),
                        Begrotingspost.valueOf(rs.getString("post")), rs.getBigDecimal("bedrag"),
                        rs.getString("afleiding"))).list()
                .stream().sorted((x, y) -> x.jaar() != y.jaar() ? Integer.compare(x.jaar(), y.jaar())
                        : x.post().compareTo(y.post())).toList();
        return new Begroting(b.id(), b.jaar(), b.naam(), b.verdeelmodelId(), b.status(), b.indexatiePercentage(),
                b.vastgesteldOp(), b.vastgesteldDoor(), b.version(), prognoses, scenarios, regels);
    }
}
