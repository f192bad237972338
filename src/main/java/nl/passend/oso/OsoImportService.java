package nl.passend.oso;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.passend.arrangement.AanvraagInput;
import nl.passend.arrangement.OndersteuningsRoute;
import nl.passend.arrangement.Ondersteuningsaanvraag;
import nl.passend.arrangement.OndersteuningsaanvraagService;
import nl.passend.arrangement.OndersteuningsaanvraagStatus;
import nl.passend.audit.AuditLog;
import nl.passend.documents.Hashes;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.groeidocument.Bijlage;
import nl.passend.groeidocument.GroeidocumentInput;
import nl.passend.groeidocument.GroeidocumentService;
import nl.passend.groeidocument.GroeidocumentVersie;
import nl.passend.groeidocument.Ontvanger;
import nl.passend.groeidocument.ToestemmingBron;
import nl.passend.groeidocument.ToestemmingInput;
import nl.passend.groeidocument.ToestemmingOnderwerp;
import nl.passend.groeidocument.ToestemmingService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an OSO ‘aanvraag SWV-dossier’ (PRODUCT.md 3.11): {@link #preview} checks it and shows what
 * will happen, {@link #importeer} stores it in one transaction. The same document (by SHA-256) never
 * creates anything twice; a later document of the same pupil updates the pupil and adds a groeidocument
 * version. The groeidocument, its attachments and the concept aanvraag are made only by users who keep
 * the groeidocument and file aanvragen (the school); a medewerker of the SWV imports pupil, parents and
 * consent. Audited as ‘oso.preview’ and ‘oso.import’.
 */
@Service
@Transactional
public class OsoImportService {

    /** The attachment types the groeidocument keeps; other attachments are listed but not taken over. */
    static final Set<String> BIJLAGE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final int MAX_BIJLAGE = 10 * 1024 * 1024;
    /** Largest OSO document accepted (10 MB); callers stop reading past it. */
    public static final int MAX_XML_BYTES = OsoParser.MAX_BYTES;
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final LeerlingService leerlingen;
    private final GroeidocumentService groeidocumenten;
    private final ToestemmingService toestemmingen;
    private final OndersteuningsaanvraagService aanvragen;
    private final MessageSource messages;
    private final Clock clock;

    OsoImportService(JdbcClient jdbc, AuditLog audit, LeerlingService leerlingen, GroeidocumentService groeidocumenten,
                     ToestemmingService toestemmingen, OndersteuningsaanvraagService aanvragen, MessageSource messages,
                     Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.leerlingen = leerlingen;
        this.groeidocumenten = groeidocumenten;
        this.toestemmingen = toestemmingen;
        this.aanvragen = aanvragen;
        this.messages = messages;
        this.clock = clock;
    }

    static boolean neemtOver(OsoDossier.Document doc) {
        return doc.leesbaar() && doc.inhoud().length <= MAX_BIJLAGE && BIJLAGE_TYPES.contains(doc.mimeType());
    }

    /** {@code meerdere}: several known pupils match the dossier, so none is taken (a new pupil is made). */
    private record Target(OsoPreview.School school, UUID leerlingId, Map<String, Object> vorigeImport, boolean meerdere) {
    }

    /** Checks the dossier and shows what confirming it would create or update; stores nothing. */
    @Transactional // not read-only: the read is audited
    public OsoPreview preview(CurrentUser user, byte[] xml) {
        user.require(Permission.OSO_IMPORT);
        OsoDossier d = OsoParser.parse(xml);
        Target target = target(user, d);
        audit.record(user, "oso.preview", "leerling", target.leerlingId());
        return OsoMapping.preview(d, target.school(), target.leerlingId(), target.vorigeImport() != null
                && d.sha256().equals(target.vorigeImport().get("sha256")), volledig(user), target.meerdere());
    }

    /** Stores the dossier: pupil and parents, groeidocument with attachments, consent, concept aanvraag. */
    public OsoImport importeer(CurrentUser user, byte[] xml) {
        user.require(Permission.OSO_IMPORT);
        OsoDossier d = OsoParser.parse(xml);
        Target target = target(user, d);
        Optional<OsoImport> same = bySha(user, d.sha256());
        if (same.isPresent()) {
            audit.record(user, "oso.import-repeated", "leerling", same.get().leerlingId());
            return same.get();
        }
        UUID schoolId = target.school().id();
        boolean nieuw = target.leerlingId() == null;
        Leerling leerling = nieuw ? leerlingen.create(user, OsoMapping.leerling(d, schoolId, null))
                : leerlingen.update(user, target.leerlingId(), OsoMapping.leerling(d, schoolId,
                leerlingen.find(user, target.leerlingId())));
        UUID leerlingId = leerling.id();

        UUID versieId = null;
        List<String[]> opgeslagen = new ArrayList<>(); // sha256, bijlage id
        if (user.can(Permission.GROEIDOCUMENT_MANAGE)) {
            Optional<GroeidocumentVersie> huidig = groeidocumenten.current(user, leerlingId);
            GroeidocumentInput inhoud = OsoMapping.groeidocument(huidig.map(GroeidocumentVersie::inhoud).orElse(null), d,
                    this::label);
            versieId = huidig.isPresent() && huidig.get().inhoud().equals(inhoud) ? huidig.get().id()
                    : groeidocumenten.save(user, leerlingId, inhoud).id();
            for (OsoDossier.Document doc : d.documenten()) {
                String sha = Hashes.sha256(doc.inhoud() == null ? new byte[0] : doc.inhoud());
                if (!neemtOver(doc) || opgeslagen.stream().anyMatch(s -> s[0].equals(sha)) || bijlageKnown(user, leerlingId, sha)) {
                    continue;
                }
                Bijlage bijlage = groeidocumenten.addBijlage(user, leerlingId, OsoMapping.cut(doc.bestandsnaam(), 200),
                        doc.mimeType(), doc.inhoud());
                opgeslagen.add(new String[] {sha, bijlage.id().toString()});
            }
        }
        int consents = consent(user, d, leerling, opgeslagen);
        UUID aanvraagId = user.can(Permission.AANVRAAG_FILE)
                ? conceptAanvraag(user, d, schoolId, leerlingId, versieId, target.vorigeImport()) : null;

        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO oso_import (id, swv_id, sha256, overstap, dossier_datum, school_id, las_leerling_id,
                                            leerling_id, leerling_nieuw, groeidocument_versie_id, aanvraag_id, bijlagen,
                                            toestemmingen, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, user.requireTenant(), d.sha256(), d.metadata().overstap(), d.metadata().datum(), schoolId,
                            d.leerling().lasId(), leerlingId, nieuw, versieId, aanvraagId, opgeslagen.size(), consents,
                            user.accountId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("oso-import-bezig");
        }
        for (String[] s : opgeslagen) {
            jdbc.sql("INSERT INTO oso_import_bijlage (swv_id, import_id, leerling_id, sha256, bijlage_id) VALUES (?, ?, ?, ?, ?)")
                    .params(user.requireTenant(), id, leerlingId, s[0], UUID.fromString(s[1])).update();
        }
        audit.record(user, "oso.import", "leerling", leerlingId);
        return new OsoImport(id, leerlingId, nieuw, versieId, aanvraagId, opgeslagen.size(), consents, false);
    }

    private static boolean volledig(CurrentUser user) {
        return user.can(Permission.GROEIDOCUMENT_MANAGE) && user.can(Permission.AANVRAAG_FILE);
    }

    /** The school by BRIN + vestiging (in this SWV and the user's scope), the known pupil, the last import. */
    private Target target(CurrentUser user, OsoDossier d) {
        UUID swv = user.requireTenant();
        OsoPreview.School school = jdbc.sql("""
                        SELECT id, naam, brin, vestigingsnummer FROM school WHERE swv_id = ? AND brin = ? AND vestigingsnummer = ?""")
                .params(swv, d.school().brin(), d.school().vestigingscode())
                .query((rs, n) -> new OsoPreview.School(rs.getObject("id", UUID.class), rs.getString("naam"),
                        rs.getString("brin"), rs.getString("vestigingsnummer")))
                .optional()
                .orElseThrow(() -> new PassendException.RuleViolation("oso-school-onbekend", d.school().brin(),
                        d.school().vestigingscode()));
        if (!leerlingen.schoolInScope(user, Permission.PUPIL_MANAGE, school.id())) {
            throw new PassendException.Forbidden("oso-school-niet-toegestaan");
        }
        Map<String, Object> vorige = jdbc.sql("""
                        SELECT sha256, leerling_id, aanvraag_id FROM oso_import
                         WHERE swv_id = ? AND (sha256 = ? OR (school_id = ? AND las_leerling_id = ?))
                         ORDER BY (sha256 = ?) DESC, created_at DESC LIMIT 1""")
                .params(swv, d.sha256(), school.id(), d.leerling().lasId(), d.sha256())
                .query().listOfRows().stream().findFirst().orElse(null);
        UUID leerlingId = vorige == null ? null : visible(user, (UUID) vorige.get("leerling_id"));
        boolean meerdere = false;
        if (leerlingId == null) {
            OsoDossier.Leerling l = d.leerling();
            List<Leerling> found = leerlingen.search(user, l.achternaam(), l.geboortedatum(), school.id()).stream()
                    .filter(x -> OsoMapping.lower(x.achternaam()).equals(OsoMapping.lower(l.achternaam()))
                            && OsoMapping.lower(x.voorvoegsel()).equals(OsoMapping.lower(l.voorvoegsel()))
                            && x.geboortedatum() != null && x.geboortedatum().equals(l.geboortedatum())
                            && sameFirstNames(x.voornamen(), x.roepnaam(), l.voornamen(), l.roepnaam()))
                    .toList();
            leerlingId = found.size() == 1 ? found.get(0).id() : null;
            meerdere = found.size() > 1;
        }
        return new Target(school, leerlingId, vorige, meerdere);
    }

    /**
     * The same child by first names: the same voornamen, or the same name the child is called by (the
     * roepnaam, else the first voornaam). Twins share surname, birth date and school, not this.
     */
    static boolean sameFirstNames(String voornamen1, String roepnaam1, String voornamen2, String roepnaam2) {
        String v1 = names(voornamen1);
        String v2 = names(voornamen2);
        if (!v1.isEmpty() && v1.equals(v2)) {
            return true;
        }
        String r1 = roepnaam(roepnaam1, v1);
        return !r1.isEmpty() && r1.equals(roepnaam(roepnaam2, v2));
    }

    private static String names(String s) {
        return OsoMapping.lower(s).strip().replaceAll("\\s+", " ");
    }

    private static String roepnaam(String roepnaam, String voornamen) {
        String r = names(roepnaam);
        return r.isEmpty() ? voornamen.split(" ")[0] : r;
    }

    private UUID visible(CurrentUser user, UUID leerlingId) {
        try {
            return leerlingen.find(user, leerlingId).id();
        } catch (PassendException.NotFound e) {
            return null;
        }
    }

    private Optional<OsoImport> bySha(CurrentUser user, String sha256) {
        return jdbc.sql("""
                        SELECT id, leerling_id, leerling_nieuw, groeidocument_versie_id, aanvraag_id, bijlagen, toestemmingen
                          FROM oso_import WHERE swv_id = ? AND sha256 = ?""")
                .params(user.requireTenant(), sha256)
                .query((rs, n) -> new OsoImport(rs.getObject("id", UUID.class), rs.getObject("leerling_id", UUID.class),
                        rs.getBoolean("leerling_nieuw"), rs.getObject("groeidocument_versie_id", UUID.class),
                        rs.getObject("aanvraag_id", UUID.class), rs.getInt("bijlagen"), rs.getInt("toestemmingen"), true))
                .optional();
    }

    private boolean bijlageKnown(CurrentUser user, UUID leerlingId, String sha256) {
        return jdbc.sql("SELECT count(*) FROM oso_import_bijlage WHERE swv_id = ? AND leerling_id = ? AND sha256 = ?")
                .params(user.requireTenant(), leerlingId, sha256).query(Integer.class).single() > 0;
    }

    /**
     * inzage.toestemming (Ja/Nee) becomes the parents' consent to share with the SWV: for the whole
     * groeidocument and for each attachment taken over. akkoord Nee and redennietakkoord go into the
     * reason. Onbekend or absent records nothing: consent is never assumed.
     */
    private int consent(CurrentUser user, OsoDossier d, Leerling leerling, List<String[]> bijlagen) {
        String toestemming = d.inzage().toestemming();
        if (!"Ja".equalsIgnoreCase(toestemming) && !"Nee".equalsIgnoreCase(toestemming)) {
            return 0;
        }
        boolean gegeven = "Ja".equalsIgnoreCase(toestemming);
        String reden = null;
        if ("Nee".equalsIgnoreCase(d.inzage().akkoord())) {
            reden = d.inzage().redenNietAkkoord() == null ? label("oso.toestemming.nietAkkoordZonderReden", new Object[0])
                    : label("oso.toestemming.nietAkkoord", new Object[] {d.inzage().redenNietAkkoord()});
        }
        List<String> namen = leerling.ouders().stream().filter(o -> o.wettelijkVertegenwoordiger())
                .map(o -> o.naam()).toList();
        String door = OsoMapping.cut(namen.isEmpty() ? label("oso.toestemming.door", new Object[0])
                : String.join(", ", namen), 200);
        LocalDate today = LocalDate.now(clock);
        LocalDate op = d.inzage().inzagedatum() != null ? d.inzage().inzagedatum() : d.metadata().datum();
        op = op == null || op.isAfter(today) ? today : op;
        int count = 0;
        toestemmingen.record(user, new ToestemmingInput(leerling.id(), ToestemmingOnderwerp.GROEIDOCUMENT, null,
                Ontvanger.SWV, gegeven, reden, door, op, ToestemmingBron.OSO));
        count++;
        for (String[] b : bijlagen) {
            toestemmingen.record(user, new ToestemmingInput(leerling.id(), ToestemmingOnderwerp.BIJLAGE,
                    UUID.fromString(b[1]), Ontvanger.SWV, gegeven, reden, door, op, ToestemmingBron.OSO));
            count++;
        }
        return count;
    }

    /** The concept aanvraag: the earlier import's concept gets the new groeidocument version, else a new one. */
    private UUID conceptAanvraag(CurrentUser user, OsoDossier d, UUID schoolId, UUID leerlingId, UUID versieId,
                                 Map<String, Object> vorige) {
        UUID vorigeAanvraag = vorige == null ? null : (UUID) vorige.get("aanvraag_id");
        if (vorigeAanvraag != null && leerlingId.equals(vorige.get("leerling_id"))) {
            Ondersteuningsaanvraag a = aanvragen.get(user, vorigeAanvraag);
            if (a.status() == OndersteuningsaanvraagStatus.CONCEPT) {
                return aanvragen.updateConcept(user, a.id(), new AanvraagInput(schoolId, leerlingId, null, null,
                        a.route(), a.vraag(), versieId), a.version()).id();
            }
        }
        String vraag = label("oso.aanvraag.vraag", new Object[] {d.metadata().overstap(),
                OsoMapping.date(d.metadata().datum())});
        return aanvragen.createConcept(user, new AanvraagInput(schoolId, leerlingId, null, null,
                OndersteuningsRoute.ROUTE_1, vraag, versieId)).id();
    }

    private String label(String key, Object[] args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
