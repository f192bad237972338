package nl.passend.arrangement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.passend.audit.AuditLog;
import nl.passend.finance.Begrotingspost;
import nl.passend.finance.RealisatieBoeking;
import nl.passend.finance.RealisatieBoekingInput;
import nl.passend.finance.RealisatieService;
import nl.passend.finance.calc.Cents;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.BestuurService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.security.ScopeType;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly settlement (verrekening) of arrangement costs per schoolbestuur. Controller and
 * directeur see every bestuur; a bestuur only its own, another's is not found
 * ({@code verrekening-bestuur-onbekend}). A month that is over can be vastgesteld once per bestuur
 * (idempotent: again returns the same one): its lines are written and never change, and the total
 * per begrotingspost is booked into the realisation (bestuur, betaalsoort ARRANGEMENT), so finance's
 * betaaloverzicht and budget vs actual include it. Until then the statement is voorlopig.
 *
 * <p>An arrangement closed early by its evaluation (afgesloten_op before eind_op, which the closing
 * leaves as it was) is charged only for the days up to and including the closing date: the bedrag stays
 * spread by days over the original period, the months after the month of closing get nothing and the
 * month of closing its part pro rata the days up to the closing date. A closing stops future charges
 * only: months vastgesteld before it keep their lines and their charges are never reclaimed by a
 * correctie (see {@link VerrekeningBerekening}). The booking's description comes from the message
 * bundle (verrekening.boeking.omschrijving) and holds the month and the number of lines only.
 */
@Service
@Transactional(readOnly = true)
public class VerrekeningService {

    private static final RowMapper<VerrekeningRegel> REGEL = (rs, n) -> new VerrekeningRegel(
            rs.getObject("arrangement_id", UUID.class), rs.getString("beschikkingsnummer"), rs.getString("soort"),
            rs.getString("aanbieder"), rs.getObject("school_id", UUID.class), rs.getString("school_naam"),
            rs.getObject("start_op", LocalDate.class), rs.getObject("eind_op", LocalDate.class),
            rs.getBigDecimal("arrangement_bedrag"), Begrotingspost.valueOf(rs.getString("post")),
            rs.getBigDecimal("maanddeel"), rs.getBigDecimal("correctie"), rs.getBigDecimal("bedrag"));

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final BestuurService besturen;
    private final RealisatieService realisatie;
    private final MessageSource messages;

    VerrekeningService(JdbcClient jdbc, Clock clock, AuditLog audit, BestuurService besturen,
                       RealisatieService realisatie, MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.besturen = besturen;
        this.realisatie = realisatie;
    }

    /** The besturen whose settlements the user may read, by name. */
    public List<Bestuur> besturen(CurrentUser user) {
        user.require(Permission.VERREKENING_READ);
        Set<UUID> eigen = eigenBesturen(user);
        return besturen.list(user).stream().filter(b -> eigen == null || eigen.contains(b.id())).toList();
    }

    /**
     * The settlement of a bestuur for a month: the vastgestelde one when it was vastgesteld at or before
     * {@code stand} (null = now), otherwise the voorlopige one computed now.
     */
    public Verrekening verrekening(CurrentUser user, UUID bestuurId, YearMonth maand, Instant stand) {
        user.require(Permission.VERREKENING_READ);
        UUID swv = user.requireTenant();
        Bestuur bestuur = bestuurInScope(user, bestuurId);
        Instant nu = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant peil = stand == null ? nu : stand.truncatedTo(ChronoUnit.MICROS);
        Optional<Vastgesteld> vast = vastgesteld(swv, bestuurId, maand)
                .filter(v -> !v.op().isAfter(peil));
        if (vast.isPresent()) {
            List<VerrekeningRegel> regels = jdbc.sql("""
                    SELECT * FROM verrekening_regel WHERE swv_id = ? AND verrekening_id = ? ORDER BY volgorde""")
                    .params(swv, vast.get().id()).query(REGEL).list();
            return statement(bestuur, maand, peil, vast.get().op(), regels);
        }
        return statement(bestuur, maand, nu, null, bereken(swv, bestuurId, maand));
    }

    /**
     * Stelt a month of a bestuur vast and books it: once per bestuur and month; a second call returns the
     * vastgestelde one and books nothing. Refused for a month that is not over
     * ({@code verrekening-maand-niet-afgelopen}) and when a later month of the bestuur is vastgesteld
     * already ({@code verrekening-latere-maand-vastgesteld}: the corrections need the months in order).
     */
    @Transactional
    public Verrekening vaststellen(CurrentUser user, UUID bestuurId, YearMonth maand) {
        user.require(Permission.VERREKENING_READ);
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        bestuurInScope(user, bestuurId);
        if (!maand.isBefore(YearMonth.now(clock))) {
            throw new PassendException.RuleViolation("verrekening-maand-niet-afgelopen", maand.toString());
        }
        // Serialises vaststellen for one bestuur (the check of later months and the insert); released at commit.
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(swv.hashCode(), bestuurId.hashCode())
                .query((rs, n) -> null).list();
        if (vastgesteld(swv, bestuurId, maand).isPresent()) {
            return verrekening(user, bestuurId, maand, null);
        }
        boolean later = jdbc.sql("""
                SELECT count(*) FROM verrekening WHERE swv_id = ? AND bestuur_id = ? AND jaar * 12 + maand > ?""")
                .params(swv, bestuurId, index(maand)).query(Integer.class).single() > 0;
        if (later) {
            throw new PassendException.RuleViolation("verrekening-latere-maand-vastgesteld", maand.toString());
        }
        List<VerrekeningRegel> regels = bereken(swv, bestuurId, maand);
        List<UUID> boekingen = new ArrayList<>();
        perPost(regels).forEach((post, bedrag) -> {
            if (bedrag.signum() != 0) {
                boekingen.add(boek(user, bestuurId, maand, post, bedrag, regels.size()));
            }
        });
        UUID id = UUID.randomUUID();
        Instant nu = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                INSERT INTO verrekening (id, swv_id, bestuur_id, jaar, maand, totaal, boeking_ids, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, swv, bestuurId, maand.getYear(), maand.getMonthValue(), totaal(regels),
                        boekingen.toArray(UUID[]::new), Timestamp.from(nu), user.accountId())
                .update();
        int volgorde = 0;
        for (VerrekeningRegel r : regels) {
            jdbc.sql("""
                    INSERT INTO verrekening_regel (swv_id, verrekening_id, volgorde, arrangement_id, beschikkingsnummer,
                                                   soort, aanbieder, school_id, school_naam, start_op, eind_op,
                                                   arrangement_bedrag, post, maanddeel, correctie, bedrag)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(swv, id, volgorde++, r.arrangementId(), r.beschikkingsnummer(), r.soort(), r.aanbieder(),
                            r.schoolId(), r.schoolNaam(), r.start(), r.eind(), r.arrangementBedrag(), r.post().name(),
                            r.maanddeel(), r.correctie(), r.bedrag())
                    .update();
        }
        audit.record(user, "arrangement.verrekening.vaststellen", "verrekening", id);
        return verrekening(user, bestuurId, maand, null);
    }

    /** Whether the month of the bestuur has been vastgesteld (now). */
    public boolean isVastgesteld(CurrentUser user, UUID bestuurId, YearMonth maand) {
        user.require(Permission.VERREKENING_READ);
        return vastgesteld(user.requireTenant(), bestuurId, maand).isPresent();
    }

    private UUID boek(CurrentUser user, UUID bestuurId, YearMonth maand, Begrotingspost post, BigDecimal bedrag,
                      int regels) {
        RealisatieBoekingInput input = new RealisatieBoekingInput();
        input.setJaar(maand.getYear());
        input.setMaand(maand.getMonthValue());
        input.setPost(post);
        input.setBedrag(bedrag);
        input.setBestuurId(bestuurId);
        input.setBetaalsoort(RealisatieBoeking.Betaalsoort.ARRANGEMENT);
        input.setOmschrijving(messages.getMessage("verrekening.boeking.omschrijving",
                new Object[] {maand.toString(), String.valueOf(regels)}, NL));
        return realisatie.boek(user, input).id();
    }

    private List<VerrekeningRegel> bereken(UUID swv, UUID bestuurId, YearMonth maand) {
        List<VerrekeningKosten> arrangementen = jdbc.sql("""
                SELECT a.id, a.beschikkingsnummer, a.soort, a.aanbieder, a.school_id, s.naam AS school_naam,
                       a.start_op, a.eind_op, a.bedrag, a.budget, a.begrotingspost, a.afgesloten_op
                  FROM arrangement a JOIN school s ON s.swv_id = a.swv_id AND s.id = a.school_id
                 WHERE a.swv_id = ? AND s.bestuur_id = ? AND a.bedrag IS NOT NULL AND a.start_op <= ?
                 ORDER BY a.beschikkingsnummer""")
                .params(swv, bestuurId, maand.atEndOfMonth())
                .query((rs, n) -> new VerrekeningKosten(rs.getObject("id", UUID.class),
                        rs.getString("beschikkingsnummer"), rs.getString("soort"), rs.getString("aanbieder"),
                        rs.getObject("school_id", UUID.class), rs.getString("school_naam"),
                        rs.getObject("start_op", LocalDate.class), rs.getObject("eind_op", LocalDate.class),
                        rs.getBigDecimal("bedrag"), post(rs.getString("budget"), rs.getString("begrotingspost")),
                        rs.getObject("afgesloten_op", LocalDate.class)))
                .list();
        Set<YearMonth> vastgesteldeMaanden = jdbc.sql("""
                SELECT jaar, maand FROM verrekening WHERE swv_id = ? AND bestuur_id = ? AND jaar * 12 + maand < ?""")
                .params(swv, bestuurId, index(maand))
                .query((rs, n) -> YearMonth.of(rs.getInt("jaar"), rs.getInt("maand"))).set();
        Map<UUID, BigDecimal> vastgesteldVoor = new HashMap<>();
        jdbc.sql("""
                SELECT r.arrangement_id, sum(r.bedrag) AS bedrag
                  FROM verrekening_regel r JOIN verrekening v ON v.swv_id = r.swv_id AND v.id = r.verrekening_id
                 WHERE v.swv_id = ? AND v.bestuur_id = ? AND v.jaar * 12 + v.maand < ?
                 GROUP BY r.arrangement_id""")
                .params(swv, bestuurId, index(maand))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    vastgesteldVoor.put(rs.getObject("arrangement_id", UUID.class), rs.getBigDecimal("bedrag"));
                });
        return VerrekeningBerekening.voorMaand(maand, arrangementen, vastgesteldeMaanden, vastgesteldVoor);
    }

    /** A werkgebied's budget is the post WERKGEBIEDEN; a central budget names its own post. */
    static Begrotingspost post(String budget, String begrotingspost) {
        return "CENTRAAL".equals(budget) && begrotingspost != null ? Begrotingspost.valueOf(begrotingspost)
                : Begrotingspost.WERKGEBIEDEN;
    }

    private static Verrekening statement(Bestuur bestuur, YearMonth maand, Instant stand, Instant vastgesteldOp,
                                         List<VerrekeningRegel> regels) {
        return new Verrekening(bestuur.id(), bestuur.naam(), bestuur.bevoegdGezagNummer(), maand, stand,
                vastgesteldOp != null, vastgesteldOp, regels, perPost(regels), totaal(regels));
    }

    private static Map<Begrotingspost, BigDecimal> perPost(List<VerrekeningRegel> regels) {
        Map<Begrotingspost, BigDecimal> som = new EnumMap<>(Begrotingspost.class);
        regels.forEach(r -> som.merge(r.post(), r.bedrag(), BigDecimal::add));
        return new LinkedHashMap<>(som);
    }

    private static BigDecimal totaal(List<VerrekeningRegel> regels) {
        return regels.stream().map(VerrekeningRegel::bedrag).reduce(Cents.zero(), BigDecimal::add);
    }

    private static int index(YearMonth maand) {
        return maand.getYear() * 12 + maand.getMonthValue();
    }

    private record Vastgesteld(UUID id, Instant op) {
    }

    private Optional<Vastgesteld> vastgesteld(UUID swv, UUID bestuurId, YearMonth maand) {
        return jdbc.sql("SELECT id, created_at FROM verrekening WHERE swv_id = ? AND bestuur_id = ? AND jaar = ? AND maand = ?")
                .params(swv, bestuurId, maand.getYear(), maand.getMonthValue())
                .query((rs, n) -> new Vastgesteld(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    private Bestuur bestuurInScope(CurrentUser user, UUID bestuurId) {
        Set<UUID> eigen = eigenBesturen(user);
        if (bestuurId == null || (eigen != null && !eigen.contains(bestuurId))) {
            throw new PassendException.NotFound("verrekening-bestuur-onbekend");
        }
        try {
            return besturen.get(user, bestuurId);
        } catch (PassendException.NotFound e) {
            throw new PassendException.NotFound("verrekening-bestuur-onbekend");
        }
    }

    /** The ids of the besturen a bestuur user is limited to, or null when the user sees every bestuur. */
    static Set<UUID> eigenBesturen(CurrentUser user) {
        List<RoleGrant> grants = user.grants().stream().filter(g -> g.role().grants(Permission.VERREKENING_READ))
                .toList();
        if (grants.stream().anyMatch(g -> g.scopeType() == ScopeType.NONE)) {
            return null;
        }
        return grants.stream().filter(g -> g.scopeType() == ScopeType.BESTUUR && g.scopeId() != null)
                .map(RoleGrant::scopeId).collect(Collectors.toSet());
    }
}
