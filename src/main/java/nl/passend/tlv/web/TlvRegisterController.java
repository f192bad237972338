package nl.passend.tlv.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.term.Terms;
import nl.passend.tlv.Bekostigingscategorie;
import nl.passend.tlv.Tlv;
import nl.passend.tlv.TlvFilter;
import nl.passend.tlv.TlvRegister;
import nl.passend.tlv.TlvSettingsService;
import nl.passend.tlv.TlvStatus;
import nl.passend.tlv.TlvType;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The TLV register: granted TLVs within scope with a filter, the CSV export with the OSO TLV fields that
 * S(B)O schools report to DUO, and one TLV with what follows it (renewal; terugplaatsing).
 */
@Controller
class TlvRegisterController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TlvRegister register;
    private final TlvSettingsService settings;
    private final TlvLabels labels;
    private final Clock clock;
    private final nl.passend.tlv.TerugplaatsingService terugplaatsingen;
    private final nl.passend.tlv.TlvAanvraagService aanvragen;

    TlvRegisterController(TlvRegister register, TlvSettingsService settings, TlvLabels labels, Clock clock,
                          nl.passend.tlv.TerugplaatsingService terugplaatsingen, nl.passend.tlv.TlvAanvraagService aanvragen) {
        this.terugplaatsingen = terugplaatsingen;
        this.aanvragen = aanvragen;
        this.register = register;
        this.settings = settings;
        this.labels = labels;
        this.clock = clock;
    }

    /** Parameter names are shared with the CSV link, so the export holds exactly what the screen shows. */
    @GetMapping("/tlv/register")
    String list(@RequestParam(required = false) UUID school, @RequestParam(required = false) TlvType type,
                @RequestParam(required = false) Bekostigingscategorie categorie,
                @RequestParam(required = false) TlvStatus status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eindeVoor,
                Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_READ);
        TlvFilter filter = new TlvFilter(school, type, categorie, status, eindeVoor, null);
        model.addAttribute("tlvs", register.list(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("csvHref", csvHref(filter));
        model.addAttribute("schoolOptions", labels.schoolOptions(user));
        model.addAttribute("typeOptions", labels.options(TlvType.values(), "tlv.type."));
        model.addAttribute("categorieOptions", labels.options(Bekostigingscategorie.values(), "tlv.categorie."));
        model.addAttribute("statusOptions", labels.options(TlvStatus.values(), "tlv.status."));
        return "tlv/register";
    }

    @GetMapping("/tlv/register.csv")
    ResponseEntity<String> export(@RequestParam(required = false) UUID school,
                                  @RequestParam(required = false) TlvType type,
                                  @RequestParam(required = false) Bekostigingscategorie categorie,
                                  @RequestParam(required = false) TlvStatus status,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate eindeVoor) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        String csv = register.exportCsv(user, new TlvFilter(school, type, categorie, status, eindeVoor, null));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("tlv-register.csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv);
    }

    /** The export link with the filter in force; empty filters are left out. */
    private static String csvHref(TlvFilter f) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/tlv/register.csv");
        if (f.schoolId() != null) {
            uri.queryParam("school", f.schoolId());
        }
        if (f.type() != null) {
            uri.queryParam("type", f.type());
        }
        if (f.categorie() != null) {
            uri.queryParam("categorie", f.categorie());
        }
        if (f.status() != null) {
            uri.queryParam("status", f.status());
        }
        if (f.eindeVoor() != null) {
            uri.queryParam("eindeVoor", f.eindeVoor());
        }
        return uri.build().toUriString();
    }

    @GetMapping("/tlv/register/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Tlv t = register.get(user, id);
        LocalDate today = LocalDate.now(clock);
        boolean followedUp = t.verlengingAanvraagId() != null || t.terugplaatsingId() != null;
        boolean running = t.status() == TlvStatus.ACTIEF || t.status() == TlvStatus.VERLOPEN;
        // Herbeoordeling: in the last months of validity the school must arrange a new TLV or a return.
        LocalDate signal = Terms.expirySignalDate(t.einddatum(), settings.current(user.requireTenant()).signaalMaanden());
        model.addAttribute("t", t);
        model.addAttribute("herbeoordeling", running && !followedUp && !today.isBefore(signal));
        model.addAttribute("canRequestVerlenging", running && !followedUp && user.can(Permission.TLV_REQUEST));
        model.addAttribute("canReadLetter", aanvragen.canReadHealth(user, t.aanvraagId())
                || AanvraagController.isOuderOnly(user));
        boolean followUp = user.can(Permission.TLV_FOLLOW_UP);
        model.addAttribute("terugplaatsingen", followUp ? terugplaatsingen.forTlv(user, id) : List.of());
        model.addAttribute("canFinishTerugplaatsing", followUp);
        model.addAttribute("canPlanTerugplaatsing", running && !followedUp && followUp);
        if (running && !followedUp && followUp) {
            if (!model.containsAttribute("terugplaatsingForm")) {
                model.addAttribute("terugplaatsingForm", new TerugplaatsingController.Form());
            }
            model.addAttribute("doelschoolOptions", labels.reguliereScholen(user));
        }
        return "tlv/tlv";
    }
}
