package nl.passend.finance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.passend.documents.PdfRenderer;
import nl.passend.finance.RealisatieBoeking.Betaalsoort;
import nl.passend.finance.calc.Cents;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.BestuurService;
import nl.passend.organisation.SwvService;
import nl.passend.shared.ClockConfiguration;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.security.ScopeType;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Betaaloverzichten per schoolbestuur per month (screen, CSV, PDF). Controller and directeur see
 * every bestuur; a bestuur only its own (the scope of its BESTUUR grant); another bestuur's statement
 * is not found ({@code betaaloverzicht-bestuur-onbekend}), so its existence is not revealed.
 * <p>
 * Reproducible: a statement holds only bookings (append-only; payments from the verdeelmodel are
 * booked per month from the vastgesteld model in force) created up to its {@code stand}. The default
 * stand is now; downloads carry their stand, so downloading again gives the same figures.
 */
@Service
@Transactional(readOnly = true)
public class BetaaloverzichtService {

    private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter STAND = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BestuurService besturen;
    private final SwvService swvs;
    private final RealisatieService realisatie;
    private final PdfRenderer pdf;
    private final MessageSource messages;

    BetaaloverzichtService(JdbcClient jdbc, Clock clock, BestuurService besturen, SwvService swvs,
                           RealisatieService realisatie, PdfRenderer pdf, MessageSource messages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.besturen = besturen;
        this.swvs = swvs;
        this.realisatie = realisatie;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The besturen whose statements the user may read, by name. */
    public List<Bestuur> besturen(CurrentUser user) {
        user.require(Permission.BETAALOVERZICHT_READ);
        Set<UUID> eigen = eigenBesturen(user);
        return besturen.list(user).stream().filter(b -> eigen == null || eigen.contains(b.id())).toList();
    }

    /**
     * The statement of a bestuur for a month as it stood at {@code stand} (null = now). Refused as not
     * found for a bestuur outside the user's scope or of another SWV.
     */
    public Betaaloverzicht overzicht(CurrentUser user, UUID bestuurId, YearMonth maand, Instant stand) {
        user.require(Permission.BETAALOVERZICHT_READ);
        UUID swv = user.requireTenant();
        Set<UUID> eigen = eigenBesturen(user);
        if (bestuurId == null || (eigen != null && !eigen.contains(bestuurId))) {
            throw new PassendException.NotFound("betaaloverzicht-bestuur-onbekend");
        }
        Bestuur bestuur;
        try {
            bestuur = besturen.get(user, bestuurId);
        } catch (PassendException.NotFound e) {
            throw new PassendException.NotFound("betaaloverzicht-bestuur-onbekend");
        }
        Instant peil = (stand == null ? clock.instant() : stand).truncatedTo(ChronoUnit.MICROS);
        List<Betaaloverzicht.Regel> regels = jdbc.sql("SELECT " + RealisatieService.COLUMNS + """
                         FROM realisatie_boeking
                        WHERE swv_id = ? AND bestuur_id = ? AND jaar = ? AND maand = ? AND created_at <= ?
                        ORDER BY CASE betaalsoort WHEN 'BASIS_LICHT' THEN 1 WHEN 'ARRANGEMENT' THEN 2 ELSE 3 END,
                                 created_at, post, id""")
                .params(swv, bestuurId, maand.getYear(), maand.getMonthValue(), Timestamp.from(peil))
                .query(RealisatieService.ROW).list().stream()
                .map(b -> new Betaaloverzicht.Regel(b.id(), b.betaalsoort(), b.post(), b.omschrijving(), b.bedrag(),
                        b.bron(), b.geboektOp()))
                .toList();
        Map<Betaalsoort, BigDecimal> subtotalen = new EnumMap<>(Betaalsoort.class);
        for (Betaalsoort soort : Betaalsoort.values()) {
            subtotalen.put(soort, Cents.zero());
        }
        regels.forEach(r -> subtotalen.merge(r.betaalsoort(), r.bedrag(), BigDecimal::add));
        BigDecimal totaal = subtotalen.values().stream().reduce(Cents.zero(), BigDecimal::add);
        boolean geboekt = realisatie.maandGeboekt(swv, maand.getYear(), maand.getMonthValue(), peil);
        return new Betaaloverzicht(bestuur.id(), bestuur.naam(), bestuur.bevoegdGezagNummer(), maand, peil, geboekt,
                regels, new LinkedHashMap<>(subtotalen), totaal);
    }

    /**
     * The statement as CSV: {@code ;}-separated, Dutch decimals (comma, no thousands separator), UTF-8;
     * one line per booking, then a subtotal per betaalsoort and the total. Text cells that a spreadsheet
     * would read as a formula get a leading apostrophe.
     */
    public String csv(CurrentUser user, Betaaloverzicht o) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader("bestuur", "bevoegd_gezag", "maand", "stand", "betaalsoort", "post", "omschrijving",
                        "bedrag").get();
        String stand = STAND.format(ZonedDateTime.ofInstant(o.stand(), ClockConfiguration.ZONE));
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Betaaloverzicht.Regel r : o.regels()) {
                csv.printRecord(cell(o.bestuurNaam()), cell(o.bevoegdGezagNummer()), o.maand(), stand,
                        label("finance.betaalsoort." + r.betaalsoort()), label("finance.post." + r.post()),
                        cell(r.omschrijving()), decimal(r.bedrag()));
            }
            for (Map.Entry<Betaalsoort, BigDecimal> s : o.subtotalen().entrySet()) {
                csv.printRecord(cell(o.bestuurNaam()), cell(o.bevoegdGezagNummer()), o.maand(), stand,
                        label("finance.betaalsoort." + s.getKey()), "", label("finance.betaaloverzicht.subtotaal"),
                        decimal(s.getValue()));
            }
            csv.printRecord(cell(o.bestuurNaam()), cell(o.bevoegdGezagNummer()), o.maand(), stand, "", "",
                    label("finance.betaaloverzicht.totaal"), decimal(o.totaal()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The statement as an accessible PDF (PDF/UA), rendered from {@code templates/documents/finance-betaaloverzicht}. */
    public byte[] pdf(CurrentUser user, Betaaloverzicht o) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("o", o);
        vars.put("swvNaam", swvs.details(user).naam());
                vars.put("betaalsoorten", List.of(Betaalsoort.values()));
        String title = messages.getMessage("finance.betaaloverzicht.pdf.title",
                new Object[] {o.bestuurNaam(), o.maand().toString()}, DUTCH);
        return pdf.render("finance-betaaloverzicht", vars, title);
    }

    /** The ids of the besturen a bestuur user is limited to, or null when the user sees every bestuur. */
    static Set<UUID> eigenBesturen(CurrentUser user) {
        List<RoleGrant> grants = user.grants().stream().filter(g -> g.role().grants(Permission.BETAALOVERZICHT_READ))
                .toList();
        if (grants.stream().anyMatch(g -> g.scopeType() == ScopeType.NONE)) {
            return null;
        }
        return grants.stream().filter(g -> g.scopeType() == ScopeType.BESTUUR && g.scopeId() != null)
                .map(RoleGrant::scopeId).collect(Collectors.toSet());
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }

    static String decimal(BigDecimal amount) {
        return Cents.of(amount).toPlainString().replace('.', ',');
    }

    /** A text cell that a spreadsheet would read as a formula gets a leading apostrophe (CSV injection). */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
