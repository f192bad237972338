package nl.passend.finance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import nl.passend.finance.BekostigingstellingBron;
import nl.passend.finance.BekostigingstellingImport;
import nl.passend.finance.BekostigingstellingInput;
import nl.passend.finance.BekostigingstellingService;
import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.TelSoort;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.web.FormErrors;
import nl.passend.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screens for the bekostigingstellingen: the counts of a teldatum with their source, setting a count,
 * deriving counts from Passend (leerlingtellingen, TLV register) and importing DUO's counts.
 */
@Controller
@RequestMapping("/financien/tellingen")
class TellingController {

    private static final String FORM = "finance/inputs/telling-form";
    private static final String IMPORT = "finance/inputs/telling-import";

    private final BekostigingstellingService tellingen;
    private final MessageSource messages;

    TellingController(BekostigingstellingService tellingen, MessageSource messages) {
        this.tellingen = tellingen;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate teldatum,
                Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        List<LocalDate> teldata = tellingen.teldata(user);
        LocalDate shown = teldatum != null ? teldatum : teldata.isEmpty() ? null : teldata.get(0);
        model.addAttribute("teldata", teldata);
        model.addAttribute("teldatum", shown);
        model.addAttribute("tellingen", shown == null ? List.of() : tellingen.list(user, shown));
        model.addAttribute("canManage", user.can(Permission.FINANCE_MANAGE));
        return "finance/inputs/tellingen";
    }

    @GetMapping("/nieuw")
    String newForm(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate teldatum,
                   Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        BekostigingstellingInput form = new BekostigingstellingInput();
        form.setTeldatum(teldatum);
        model.addAttribute("form", form);
        addOptions(model);
        return FORM;
    }

    @PostMapping
    String set(@Valid @ModelAttribute("form") BekostigingstellingInput form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (!binding.hasErrors()) {
            try {
                tellingen.set(user, form);
                redirect.addFlashAttribute("message", "telling.saved");
                return "redirect:/financien/tellingen?teldatum=" + form.getTeldatum();
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        addOptions(model);
        return FORM;
    }

    /** Derives BASIS (onderdeel BASIS) or the S(B)O counts (onderdeel VERREKENING) of a teldatum from Passend. */
    @PostMapping("/afleiden")
    String derive(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate teldatum,
                  @RequestParam String onderdeel, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        try {
            if (teldatum == null) {
                throw new PassendException.RuleViolation("telling-teldatum-ongeldig");
            }
            if ("BASIS".equals(onderdeel)) {
                tellingen.deriveBasis(user, teldatum);
            } else {
                tellingen.deriveVerrekening(user, teldatum);
            }
            redirect.addFlashAttribute("message", "telling.derived");
        } catch (PassendException.RuleViolation e) {
            redirect.addFlashAttribute("foutKey", e.messageKey());
            redirect.addFlashAttribute("foutArgs", e.arguments());
        }
        return teldatum == null ? "redirect:/financien/tellingen" : "redirect:/financien/tellingen?teldatum=" + teldatum;
    }

    @GetMapping("/import")
    String importForm(Model model) {
        CurrentUsers.find().orElseThrow().require(Permission.FINANCE_MANAGE);
        model.addAttribute("kolommen", String.join(";", BekostigingstellingService.IMPORT_HEADER));
        return IMPORT;
    }

    @PostMapping("/import")
    String importDuo(@RequestParam(required = false) MultipartFile bestand,
                     @RequestParam(required = false) String inhoud, Model model, RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        String csv = bestand != null && !bestand.isEmpty() ? new String(bestand.getBytes(), StandardCharsets.UTF_8)
                : inhoud;
        BekostigingstellingImport result = tellingen.importDuo(user, csv);
        if (result.geslaagd()) {
            redirect.addFlashAttribute("message", "telling.imported");
            LocalDate first = result.opgeslagen().get(0).teldatum();
            return "redirect:/financien/tellingen?teldatum=" + first;
        }
        model.addAttribute("kolommen", String.join(";", BekostigingstellingService.IMPORT_HEADER));
        model.addAttribute("fouten", result.fouten());
        model.addAttribute("inhoud", csv);
        return IMPORT;
    }

    private void addOptions(Model model) {
        model.addAttribute("soortOptions", Arrays.stream(TelSoort.values())
                .map(s -> new Option(s.name(), text("finance.telsoort." + s.name()))).toList());
        model.addAttribute("klasseOptions", Arrays.stream(Leeftijdsklasse.values())
                .map(k -> new Option(k.name(), text("finance.leeftijdsklasse." + k.name()))).toList());
        model.addAttribute("bronOptions", List.of(BekostigingstellingBron.HANDMATIG, BekostigingstellingBron.DUO).stream()
                .map(b -> new Option(b.name(), text("telling.bron." + b.name()))).toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
