package nl.passend.tlv;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.dossier.LeerlingService;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SwvService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.term.Terms;
import nl.passend.werkvoorraad.DeadlineRequest;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision on a TLV request (PRODUCT.md 3.4 "Besluit" and "Beschikking"): checks the advice rule and
 * the period rules, numbers a granted TLV per SWV and year, renders and stores the beschikking
 * immutably with its hash, and tells the parties. A correction, or a new decision after a gegrond
 * bezwaar, reopens the request and replaces the standing decision.
 */
@Service
@Transactional
public class BesluitService {

    static final RowMapper<Besluit> ROW = (rs, n) -> new Besluit(rs.getObject("id", UUID.class),
            rs.getObject("aanvraag_id", UUID.class), rs.getObject("leerling_id", UUID.class),
            BesluitUitkomst.valueOf(rs.getString("uitkomst")), rs.getString("motivering"),
            rs.getObject("gevolgd_advies_id", UUID.class), rs.getString("afwijking_motivering"),
            rs.getBoolean("ouders_eens"), rs.getBoolean("verwijzende_school_eens"),
            (Boolean) rs.getObject("ontvangende_school_eens"), (Boolean) rs.getObject("consulent_eens"),
            rs.getObject("besluitdatum", LocalDate.class), rs.getObject("verzonden_op", LocalDate.class),
            rs.getObject("vervangt_besluit_id", UUID.class), rs.getString("besloten_door_naam"),
            rs.getObject("tlv_id", UUID.class), rs.getString("beschikkingsnummer"), rs.getString("sha256"));
    private static final String SELECT = """
            SELECT b.*, a.leerling_id, t.id AS tlv_id, t.beschikkingsnummer, k.sha256
              FROM tlv_besluit b JOIN tlv_aanvraag a ON a.id = b.aanvraag_id
              LEFT JOIN tlv t ON t.besluit_id = b.id LEFT JOIN beschikking k ON k.besluit_id = b.id
            """;

    private final JdbcClient jdbc;
    private final AanvraagAccess access;
    private final AdviesService adviezen;
    private final TlvSettingsService settings;
    private final LeerlingService leerlingen;
    private final SchoolService scholen;
    private final SwvService swvs;
    private final DeadlineService deadlines;
    private final BeschikkingWriter letters;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BesluitService(JdbcClient jdbc, AanvraagAccess access, AdviesService adviezen, TlvSettingsService settings,
                   LeerlingService leerlingen, SchoolService scholen, SwvService swvs, BeschikkingWriter letters,
                   DeadlineService deadlines, AuditLog audit, ApplicationEventPublisher events,
                   Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.adviezen = adviezen;
        this.settings = settings;
        this.leerlingen = leerlingen;
        this.scholen = scholen;
        this.swvs = swvs;
        this.letters = letters;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Decides a request in the advice round. */
    public Besluit decide(CurrentUser user, UUID aanvraagId, BesluitInput in) {
        user.require(Permission.TLV_DECIDE);
        TlvAanvraag a = access.load(user, aanvraagId, Permission.TLV_DECIDE);
        TlvAanvraagStatus status = access.lockForDecision(aanvraagId);
        if (status == TlvAanvraagStatus.BESLOTEN) {
            throw new PassendException.Conflict("tlv-already-decided");
        }
        if (status != TlvAanvraagStatus.IN_ADVIES) {
            throw new PassendException.Conflict("tlv-aanvraag-not-in-advies");
        }
        List<Advies> advices = adviezen.load(aanvraagId);
        AdviesRule.requireSufficient(advices, a.route(), settings.current(user.requireTenant()));
        validate(in, a, advices);
        UUID ontvangend = in.getOntvangendeSchoolId() != null ? in.getOntvangendeSchoolId() : a.ontvangendeSchoolId();
        if (in.getUitkomst() == BesluitUitkomst.TOEGEKEND && ontvangend != null
                && !scholen.get(user, ontvangend).soort().name().equals(in.getType().name())) {
            throw new PassendException.RuleViolation("tlv-receiving-school-type");
        }
        access.move(user, aanvraagId, TlvAanvraagStatus.IN_ADVIES, TlvAanvraagStatus.BESLOTEN, null);

        LocalDate today = LocalDate.now(clock);
        UUID standing = standingDecision(aanvraagId);
        UUID besluitId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO tlv_besluit (id, swv_id, aanvraag_id, uitkomst, motivering, gevolgd_advies_id,
                    afwijking_motivering, ouders_eens, verwijzende_school_eens, ontvangende_school_eens, consulent_eens,
                    besluitdatum, verzonden_op, vervangt_besluit_id, besloten_door, besloten_door_naam)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(besluitId, user.requireTenant(), aanvraagId, in.getUitkomst().name(), in.getMotivering(),
                        in.getGevolgdAdviesId(), in.getAfwijkingMotivering(), in.getOudersEens(),
                        in.getVerwijzendeSchoolEens(), in.getOntvangendeSchoolEens(), in.getConsulentEens(), today,
                        today, standing, user.accountId(), user.displayName())
                .update();
        String replacedNumber = null;
        if (standing != null) {
            replacedNumber = jdbc.sql("SELECT beschikkingsnummer FROM tlv WHERE besluit_id = ?").param(standing)
                    .query(String.class).optional().orElse(null);
            jdbc.sql("UPDATE tlv SET ingetrokken_op = ? WHERE besluit_id = ? AND ingetrokken_op IS NULL")
                    .params(today, standing).update();
        }
        String nummer = null;
        if (in.getUitkomst() == BesluitUitkomst.TOEGEKEND) {
            nummer = issueTlv(user, a, in, besluitId, ontvangend, today);
        }
        letters.store(user, a, in, besluitId, nummer, replacedNumber, ontvangend, advices, today);
        deadlines.closeAll(aanvraagId);
        if (a.vorigeTlvId() != null) {
            deadlines.closeAll(a.vorigeTlvId());
        }
        audit.record(user, "tlv-besluit.decide", "tlv-aanvraag", aanvraagId);
        events.publishEvent(new TlvDecided(user.requireTenant(), besluitId, aanvraagId, a.leerlingId(), a.schoolId(),
                ontvangend, in.getUitkomst() == BesluitUitkomst.TOEGEKEND));
        return load(besluitId);
    }

    /**
     * Reopens a decided request for a new decision: a correction by the director, or the new decision
     * a gegrond bezwaar requires (Awb 7:11). The standing decision stays until the new one replaces it.
     */
    public TlvAanvraag reopen(CurrentUser user, UUID aanvraagId) {
        if (!user.can(Permission.TLV_DECIDE) && !user.can(Permission.BEZWAAR_DECIDE)) {
            throw new PassendException.Forbidden("forbidden");
        }
        TlvAanvraag a = access.load(user, aanvraagId, Permission.TLV_READ);
        if (a.status() != TlvAanvraagStatus.BESLOTEN) {
            throw new PassendException.Conflict("tlv-aanvraag-not-decided");
        }
        access.move(user, aanvraagId, TlvAanvraagStatus.BESLOTEN, TlvAanvraagStatus.IN_ADVIES, null);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("UPDATE tlv_aanvraag SET beslistermijn = ? WHERE id = ?")
                .params(Terms.tlvDecisionDeadline(today, 0), aanvraagId).update();
        deadlines.open(new DeadlineRequest(TlvDeadlines.BESLUIT, TlvDeadlines.SUBJECT, aanvraagId, a.leerlingId(),
                a.schoolId(), Role.DIRECTEUR, null, today, Terms.tlvDecisionDeadline(today, 0)));
        audit.record(user, "tlv-besluit.reopen", "tlv-aanvraag", aanvraagId);
        return access.load(user, aanvraagId, Permission.TLV_READ);
    }

    /**
     * The decisions on a request, newest first. The grounds are health details: only readers of those
     * and the pupil's parents get them; the board sees outcome, dates and number.
     */
    @Transactional // not read-only: the read is audited
    public List<Besluit> list(CurrentUser user, UUID aanvraagId) {
        TlvAanvraag a = access.load(user, aanvraagId, Permission.TLV_READ);
        boolean grounds = access.canReadHealth(user, aanvraagId) || leerlingen.isOuderOf(user, a.leerlingId());
        List<Besluit> rows = jdbc.sql(SELECT + " WHERE b.aanvraag_id = ? ORDER BY b.created_at DESC").param(aanvraagId)
                .query(ROW).list();
        audit.record(user, "tlv-besluit.read", "tlv-aanvraag", aanvraagId);
        return grounds ? rows : rows.stream().map(BesluitService::withoutGrounds).toList();
    }

    /** One decision, for a user who may read its request (grounds as in {@link #list}). Not audited here. */
    @Transactional(readOnly = true)
    public Besluit get(CurrentUser user, UUID besluitId) {
        Besluit b = jdbc.sql(SELECT + " WHERE b.swv_id = ? AND b.id = ?").params(user.requireTenant(), besluitId)
                .query(ROW).optional().orElseThrow(() -> new PassendException.NotFound("tlv-besluit-not-found"));
        access.load(user, b.aanvraagId(), Permission.TLV_READ);
        boolean grounds = access.canReadHealth(user, b.aanvraagId()) || leerlingen.isOuderOf(user, b.leerlingId());
        return grounds ? b : withoutGrounds(b);
    }

    private static Besluit withoutGrounds(Besluit b) {
        return new Besluit(b.id(), b.aanvraagId(), b.leerlingId(), b.uitkomst(), null, b.gevolgdAdviesId(), null,
                b.oudersEens(), b.verwijzendeSchoolEens(), b.ontvangendeSchoolEens(), b.consulentEens(), b.besluitdatum(),
                b.verzondenOp(), b.vervangtBesluitId(), b.beslotenDoorNaam(), b.tlvId(), b.beschikkingsnummer(), b.sha256());
    }

    /**
     * The stored letter of a decision: for readers of health details within scope and for the pupil's
     * parents; the bestuur sees TLVs without the grounds, so not the letter.
     */
    @Transactional // not read-only: the read is audited
    public BijlageContent letter(CurrentUser user, UUID besluitId) {
        Besluit b = get(user, besluitId);
        if (!access.canReadHealth(user, b.aanvraagId()) && !leerlingen.isOuderOf(user, b.leerlingId())) {
            throw new PassendException.Forbidden("forbidden");
        }
        BijlageContent content = jdbc.sql("SELECT bestandsnaam, pdf FROM beschikking WHERE besluit_id = ?")
                .param(besluitId).query((rs, n) -> new BijlageContent(rs.getString(1), "application/pdf", rs.getBytes(2)))
                .optional().orElseThrow(() -> new PassendException.NotFound("beschikking-not-found"));
        audit.record(user, "beschikking.read", "tlv-aanvraag", b.aanvraagId());
        return content;
    }

    Besluit load(UUID besluitId) {
        return jdbc.sql(SELECT + " WHERE b.id = ?").param(besluitId).query(ROW).single();
    }

    private UUID standingDecision(UUID aanvraagId) {
        return jdbc.sql("""
                SELECT b.id FROM tlv_besluit b WHERE b.aanvraag_id = ?
                   AND NOT EXISTS (SELECT 1 FROM tlv_besluit n WHERE n.vervangt_besluit_id = b.id)""")
                .param(aanvraagId).query(UUID.class).optional().orElse(null);
    }

    private void validate(BesluitInput in, TlvAanvraag a, List<Advies> advices) {
        Advies followed = null;
        if (in.getGevolgdAdviesId() != null) {
            followed = advices.stream().filter(v -> v.id().equals(in.getGevolgdAdviesId())).findFirst()
                    .orElseThrow(() -> new PassendException.RuleViolation("tlv-besluit-advice-unknown"));
        }
        boolean granted = in.getUitkomst() == BesluitUitkomst.TOEGEKEND;
        if (granted) {
            if (in.getType() == null) {
                throw new PassendException.RuleViolation("tlv-besluit-type-required");
            }
            if (in.getType() == TlvType.SO && in.getCategorie() == null) {
                throw new PassendException.RuleViolation("tlv-category-required");
            }
            if (in.getType() == TlvType.SBO && in.getCategorie() != null) {
                throw new PassendException.RuleViolation("tlv-category-not-for-sbo");
            }
            if (a.route() == TlvRoute.TIJDELIJKE_PLAATSING) {
                Terms.validateTemporaryPlacement(in.getIngangsdatum(), in.getEinddatum());
            } else {
                Terms.validateTlvPeriod(in.getIngangsdatum(), in.getEinddatum());
            }
        } else if (in.getType() != null || in.getCategorie() != null || in.getIngangsdatum() != null
                || in.getEinddatum() != null) {
            throw new PassendException.RuleViolation("tlv-besluit-rejection-has-no-tlv");
        }
        // The decision follows the advice only when every advice agrees with it and the chosen advice's
        // period (when it names one) is the decided period; anything else needs a motivation.
        boolean followsAdvice = followed != null && advices.stream().allMatch(v -> agrees(v, in, granted))
                && (!granted || followed.ingangsdatum() == null
                    || (followed.ingangsdatum().equals(in.getIngangsdatum()) && followed.einddatum().equals(in.getEinddatum())));
        boolean partiesAgree = in.getOudersEens() && in.getVerwijzendeSchoolEens()
                && !Boolean.FALSE.equals(in.getOntvangendeSchoolEens()) && !Boolean.FALSE.equals(in.getConsulentEens());
        if ((!followsAdvice || !partiesAgree) && in.getAfwijkingMotivering() == null) {
            throw new PassendException.RuleViolation("tlv-besluit-deviation-needs-motivation");
        }
    }

    private static boolean agrees(Advies advice, BesluitInput in, boolean granted) {
        return advice.toelaatbaar() == granted
                && (!granted || (advice.type() == in.getType() && advice.categorie() == in.getCategorie()));
    }

    private String issueTlv(CurrentUser user, TlvAanvraag a, BesluitInput in, UUID besluitId, UUID ontvangend,
                            LocalDate today) {
        int jaar = today.getYear();
        int volgnummer = jdbc.sql("""
                INSERT INTO tlv_volgnummer (swv_id, jaar, laatste) VALUES (?, ?, 1)
                ON CONFLICT (swv_id, jaar) DO UPDATE SET laatste = tlv_volgnummer.laatste + 1 RETURNING laatste""")
                .params(user.requireTenant(), jaar).query(Integer.class).single();
        String swvNummer = swvs.details(user).administratienummer();
        String nummer = "%s-%d-%04d".formatted(swvNummer, jaar, volgnummer);
        jdbc.sql("""
                INSERT INTO tlv (swv_id, besluit_id, aanvraag_id, leerling_id, school_id, ontvangende_school_id, jaar,
                                 volgnummer, beschikkingsnummer, type, categorie, ingangsdatum, einddatum, tijdelijk,
                                 vorige_tlv_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user.requireTenant(), besluitId, a.id(), a.leerlingId(), a.schoolId(), ontvangend, jaar,
                        volgnummer, nummer, in.getType().name(),
                        in.getCategorie() == null ? null : in.getCategorie().name(), in.getIngangsdatum(),
                        in.getEinddatum(), a.route() == TlvRoute.TIJDELIJKE_PLAATSING, a.vorigeTlvId())
                .update();
        return nummer;
    }
}
