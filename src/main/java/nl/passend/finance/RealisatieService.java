package nl.passend.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.finance.RealisatieBoeking.Betaalsoort;
import nl.passend.finance.RealisatieBoeking.Bron;
import nl.passend.finance.RealisatieBronnen.Verrekeningsgrondslag;
import nl.passend.finance.calc.LargestRemainder;
import nl.passend.finance.calc.RealisatieOverzicht;
import nl.passend.finance.calc.Realisatiebedrag;
import nl.passend.finance.calc.Realisatievergelijking;
import nl.passend.finance.calc.Verdeling;
import nl.passend.organisation.BestuurService;
import nl.passend.shared.ClockConfiguration;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly realisation: bookings entered by hand (append-only; a correction is the opposite booking),
 * ‘boek maand’ that books a month's payments to the boards from the verdeelmodel in force and the
 * month's part of the S(B)O verrekening, and budget vs actual with the forecast for the year.
 * <p>
 * A booking's {@code geboektOp} comes from the application clock, so a betaaloverzicht ‘stand per’ a
 * moment can be reproduced exactly (see {@link BetaaloverzichtService}).
 */
@Service
@Transactional
public class RealisatieService {

    static final String COLUMNS = "id, jaar, maand, post, bedrag, bestuur_id, betaalsoort, omschrijving, bron, created_at, "
            + "corrigeert_id, EXISTS (SELECT 1 FROM realisatie_boeking c WHERE c.swv_id = realisatie_boeking.swv_id "
            + "AND c.corrigeert_id = realisatie_boeking.id) AS gecorrigeerd";
    static final RowMapper<RealisatieBoeking> ROW = (rs, n) -> new RealisatieBoeking(rs.getObject("id", UUID.class),
            rs.getInt("jaar"), rs.getInt("maand"), Begrotingspost.valueOf(rs.getString("post")),
            rs.getBigDecimal("bedrag"), rs.getObject("bestuur_id", UUID.class),
            rs.getString("betaalsoort") == null ? null : Betaalsoort.valueOf(rs.getString("betaalsoort")),
            rs.getString("omschrijving"), Bron.valueOf(rs.getString("bron")),
            rs.getTimestamp("created_at").toInstant(), rs.getObject("corrigeert_id", UUID.class),
            rs.getBoolean("gecorrigeerd"));
    /** How a booking names the saved baten computation it was booked from (no personal data). */
    private static final DateTimeFormatter OPGESLAGEN_OP = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss")
            .withZone(ClockConfiguration.ZONE);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final BestuurService besturen;
    private final VerdeelmodelService verdeelmodellen;
    private final RealisatieBronnen bronnen;

    RealisatieService(JdbcClient jdbc, AuditLog audit, Clock clock, BestuurService besturen,
                      VerdeelmodelService verdeelmodellen, RealisatieBronnen bronnen) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.besturen = besturen;
        this.verdeelmodellen = verdeelmodellen;
        this.bronnen = bronnen;
    }

    /** The bookings of a year, by month and time of booking. */
    @Transactional(readOnly = true)
    public List<RealisatieBoeking> boekingen(CurrentUser user, int jaar) {
        user.require(Permission.FINANCE_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM realisatie_boeking WHERE swv_id = ? AND jaar = ? "
                        + "ORDER BY maand, created_at, id")
                .params(user.requireTenant(), jaar).query(ROW).list();
    }

    /** The bookings of one month (a year of an SWV holds hundreds: the screen shows a month at a time). */
    @Transactional(readOnly = true)
    public List<RealisatieBoeking> boekingen(CurrentUser user, int jaar, int maand) {
        user.require(Permission.FINANCE_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM realisatie_boeking WHERE swv_id = ? AND jaar = ? AND maand = ? "
                        + "ORDER BY created_at, id")
                .params(user.requireTenant(), jaar, maand).query(ROW).list();
    }

    /** The latest month of the year that has bookings, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> laatsteGeboekteMaand(CurrentUser user, int jaar) {
        user.require(Permission.FINANCE_READ);
        return jdbc.sql("SELECT maand FROM realisatie_boeking WHERE swv_id = ? AND jaar = ? "
                        + "ORDER BY maand DESC LIMIT 1")
                .params(user.requireTenant(), jaar).query(Integer.class).optional();
    }

    /** Books an amount by hand. A payment to a bestuur names its betaalsoort; an amount is never zero. */
    public RealisatieBoeking boek(CurrentUser user, RealisatieBoekingInput input) {
        user.require(Permission.FINANCE_MANAGE);
        if (input.getBedrag().signum() == 0) {
            throw new PassendException.RuleViolation("realisatie-bedrag-nul");
        }
        if (input.getBedrag().stripTrailingZeros().scale() > 2) {
            throw new PassendException.RuleViolation("realisatie-bedrag-centen");
        }
        if ((input.getBestuurId() == null) != (input.getBetaalsoort() == null)) {
            throw new PassendException.RuleViolation("realisatie-bestuur-betaalsoort");
        }
        if (input.getBestuurId() != null && !bestuurBestaat(user, input.getBestuurId())) {
            throw new PassendException.RuleViolation("realisatie-bestuur-onbekend");
        }
        UUID id = insert(user, input.getJaar(), input.getMaand(), input.getPost(), input.getBedrag(),
                input.getBestuurId(), input.getBetaalsoort(), input.getOmschrijving().strip(), Bron.HANDMATIG, null);
        audit.record(user, "finance.realisatie.boek", "realisatie_boeking", id);
        return get(user, id);
    }

    /**
     * Books the opposite of a booking in the same month: the only way to undo one. The tegenboeking names
     * the booking it corrects; a booking is corrected at most once ({@code realisatie-al-gecorrigeerd},
     * also enforced by a unique index) and a tegenboeking itself cannot be corrected
     * ({@code realisatie-correctie-van-correctie}): book the right amount by hand instead.
     */
    public RealisatieBoeking corrigeer(CurrentUser user, UUID boekingId) {
        user.require(Permission.FINANCE_MANAGE);
        RealisatieBoeking b = get(user, boekingId);
        if (b.corrigeertId() != null) {
            throw new PassendException.RuleViolation("realisatie-correctie-van-correctie");
        }
        if (b.gecorrigeerd()) {
            throw new PassendException.Conflict("realisatie-al-gecorrigeerd");
        }
        UUID id;
        try {
            id = insert(user, b.jaar(), b.maand(), b.post(), b.bedrag().negate(), b.bestuurId(), b.betaalsoort(),
                    truncate("Correctie: " + b.omschrijving()), Bron.HANDMATIG, b.id());
        } catch (DuplicateKeyException e) {
            // Someone else corrected it between our read and our insert.
            throw new PassendException.Conflict("realisatie-al-gecorrigeerd");
        }
        audit.record(user, "finance.realisatie.corrigeer", "realisatie_boeking", id);
        return get(user, id);
    }

    /**
     * Books a month from Passend's own data: to every bestuur its monthly parts of the verdeelmodel in
     * force on the first of the month (one booking per component, betaalsoort BASIS_LICHT, bron
     * VERDEELMODEL; each yearly part split over 12 months so the months add up to the year exactly) and
     * the month's twelfth of the year's SBO and SO verrekening (bron VERREKENING). A month is booked once:
     * a second time is refused with {@code realisatie-maand-al-geboekt}.
     * <p>
     * The verrekening comes from one SAVED baten computation of the year, never a live recomputation:
     * the latest saved one (saved now if there is none). When the months booked before were booked from a
     * computation with other amounts, the difference for those months (what the computation used now gives
     * for them minus what was booked from computations) is booked in this month as its own catch-up line
     * per post, so the booked months always add up to the twelfths of the latest computation.
     */
    public List<RealisatieBoeking> boekMaand(CurrentUser user, int jaar, int maand) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        if (jaar < 2014 || jaar > 2100 || maand < 1 || maand > 12) {
            throw new PassendException.RuleViolation("realisatie-maand-ongeldig");
        }
        // Serialises concurrent "boek maand" of the same SWV and year (not only the month: the verrekening
        // catch-up reads the other months of the year); released at commit.
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param((long) swv.hashCode() * 10_000 + jaar * 100L)
                .query((rs, n) -> null).list();
        if (maandGeboekt(swv, jaar, maand, null)) {
            throw new PassendException.Conflict("realisatie-maand-al-geboekt", YearMonth.of(jaar, maand).toString());
        }
        Verdeelmodel model = verdeelmodellen.inForce(user, LocalDate.of(jaar, maand, 1))
                .filter(m -> m.jaar() == jaar)
                .orElseThrow(() -> new PassendException.RuleViolation("realisatie-geen-verdeelmodel",
                        YearMonth.of(jaar, maand).toString()));
        List<UUID> ids = new ArrayList<>();
        for (Verdeling.Maanddeel d : verdeelmodellen.verdeling(user, model.id()).maanddelen(maand)) {
            ids.add(insert(user, jaar, maand, d.component().post(), d.bedrag(), d.bestuurId(), Betaalsoort.BASIS_LICHT,
                    truncate(d.component().naam() + " (verdeelmodel " + model.jaar() + " versie " + model.versie() + ")"),
                    Bron.VERDEELMODEL, null));
        }
        ids.addAll(boekVerrekening(user, jaar, maand));
        if (ids.isEmpty()) {
            throw new PassendException.RuleViolation("realisatie-maand-leeg", YearMonth.of(jaar, maand).toString());
        }
        audit.record(user, "finance.realisatie.boek-maand", "realisatie_boeking", YearMonth.of(jaar, maand));
        return jdbc.sql("SELECT " + COLUMNS + " FROM realisatie_boeking WHERE swv_id = ? AND id = ANY(?) "
                        + "ORDER BY bron, bestuur_id, post, omschrijving")
                .params(swv, ids.toArray(UUID[]::new)).query(ROW).list();
    }

    /** The month's twelfth of the saved verrekening per post, plus a catch-up line where earlier months differ. */
    private List<UUID> boekVerrekening(CurrentUser user, int jaar, int maand) {
        UUID swv = user.requireTenant();
        Verrekeningsgrondslag grondslag = bronnen.verrekening(user, jaar);
        String berekening = "batenberekening " + jaar + " opgeslagen " + OPGESLAGEN_OP.format(grondslag.opgeslagenOp());
        List<Integer> eerdereMaanden = jdbc.sql("""
                SELECT DISTINCT maand FROM realisatie_boeking
                 WHERE swv_id = ? AND jaar = ? AND maand <> ? AND bron IN ('VERDEELMODEL', 'VERREKENING')
                 ORDER BY maand""").params(swv, jaar, maand).query(Integer.class).list();
        List<UUID> ids = new ArrayList<>();
        for (Begrotingspost post : Verrekeningsgrondslag.POSTEN) {
            List<BigDecimal> twaalfden = LargestRemainder.monthly(grondslag.perPost().get(post));
            BigDecimal deel = twaalfden.get(maand - 1);
            if (deel.signum() != 0) {
                ids.add(insert(user, jaar, maand, post, deel, null, null, truncate("Verrekening " + post.name() + " "
                        + YearMonth.of(jaar, maand) + " (" + berekening + ")"), Bron.VERREKENING, null));
            }
            BigDecimal verschuldigd = eerdereMaanden.stream().map(m -> twaalfden.get(m - 1))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal geboekt = jdbc.sql("""
                    SELECT coalesce(sum(bedrag), 0) FROM realisatie_boeking
                     WHERE swv_id = ? AND jaar = ? AND maand <> ? AND post = ? AND bron = 'VERREKENING'""")
                    .params(swv, jaar, maand, post.name()).query(BigDecimal.class).single();
            BigDecimal inhaal = verschuldigd.subtract(geboekt);
            if (!eerdereMaanden.isEmpty() && inhaal.signum() != 0) {
                ids.add(insert(user, jaar, maand, post, inhaal, null, null, truncate("Inhaalverrekening " + post.name()
                        + " " + jaar + ": verschil over de al geboekte maanden " + maanden(eerdereMaanden) + " met "
                        + berekening), Bron.VERREKENING, null));
            }
        }
        return ids;
    }

    private static String maanden(List<Integer> maanden) {
        return String.join(", ", maanden.stream().map(String::valueOf).toList());
    }

    /** Budget vs actual of a year per month and trimester, with the forecast; budget = the vastgestelde begroting. */
    @Transactional(readOnly = true)
    public Realisatie vergelijking(CurrentUser user, int jaar) {
        HistorieService.requireReports(user);
        UUID swv = user.requireTenant();
        List<Realisatiebedrag> bedragen = jdbc.sql("""
                SELECT maand, post, sum(bedrag) AS bedrag FROM realisatie_boeking
                 WHERE swv_id = ? AND jaar = ? GROUP BY maand, post ORDER BY maand, post""")
                .params(swv, jaar).query((rs, n) -> new Realisatiebedrag(rs.getInt("maand"),
                        Begrotingspost.valueOf(rs.getString("post")), rs.getBigDecimal("bedrag"))).list();
        Optional<Map<Begrotingspost, BigDecimal>> begroting = bronnen.begroting(user, jaar);
        int peilmaand = peilmaand(jaar, bedragen);
        RealisatieOverzicht overzicht = Realisatievergelijking.vergelijk(jaar, begroting.orElse(Map.of()), bedragen,
                peilmaand);
        return new Realisatie(overzicht, begroting.isPresent(), !bedragen.isEmpty());
    }

    /**
     * The last month counted as realised: the last month with bookings; the whole year once the year is
     * over and anything was booked in it (months without bookings then count as zero, not as budget).
     */
    private int peilmaand(int jaar, List<Realisatiebedrag> bedragen) {
        int laatste = bedragen.stream().mapToInt(Realisatiebedrag::maand).max().orElse(0);
        return jaar < YearMonth.now(clock).getYear() && laatste > 0 ? 12 : laatste;
    }

    /** A year's comparison with whether a vastgestelde begroting and any bookings were found. */
    public record Realisatie(RealisatieOverzicht overzicht, boolean metBegroting, boolean metBoekingen) {
    }

    /** Whether the month was booked (by ‘boek maand’) at {@code stand} (null = now). */
    boolean maandGeboekt(UUID swv, int jaar, int maand, Instant stand) {
        return jdbc.sql("""
                SELECT count(*) FROM realisatie_boeking WHERE swv_id = ? AND jaar = ? AND maand = ?
                   AND bron IN ('VERDEELMODEL', 'VERREKENING') AND (CAST(? AS timestamptz) IS NULL OR created_at <= ?)""")
                .params(swv, jaar, maand, stand == null ? null : Timestamp.from(stand),
                        stand == null ? null : Timestamp.from(stand))
                .query(Integer.class).single() > 0;
    }

    private RealisatieBoeking get(CurrentUser user, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM realisatie_boeking WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("realisatie-boeking-niet-gevonden"));
    }

    private UUID insert(CurrentUser user, int jaar, int maand, Begrotingspost post, BigDecimal bedrag, UUID bestuurId,
                        Betaalsoort betaalsoort, String omschrijving, Bron bron, UUID corrigeertId) {
        UUID id = UUID.randomUUID();
        Instant nu = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                INSERT INTO realisatie_boeking (id, swv_id, jaar, maand, post, bedrag, bestuur_id, betaalsoort,
                                                omschrijving, bron, created_at, created_by, corrigeert_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user.requireTenant(), jaar, maand, post.name(), bedrag, bestuurId,
                        betaalsoort == null ? null : betaalsoort.name(), omschrijving, bron.name(), Timestamp.from(nu),
                        user.accountId(), corrigeertId)
                .update();
        return id;
    }

    private boolean bestuurBestaat(CurrentUser user, UUID bestuurId) {
        try {
            besturen.get(user, bestuurId);
            return true;
        } catch (PassendException.NotFound e) {
            return false;
        }
    }

    private static String truncate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }
}
