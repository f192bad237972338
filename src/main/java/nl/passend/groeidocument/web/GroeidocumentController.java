package nl.passend.groeidocument.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.dossier.LeerlingService;
import nl.passend.groeidocument.BijlageContent;
import nl.passend.groeidocument.GroeidocumentService;
import nl.passend.groeidocument.GroeidocumentVersie;
import nl.passend.groeidocument.Ontvanger;
import nl.passend.groeidocument.ToestemmingOnderwerp;
import nl.passend.groeidocument.ToestemmingService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.web.FormErrors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The groeidocument screen: the current (or a chosen earlier) version, the version list, the edit form,
 * attachments and the consent records; the school records a consent given on paper here.
 */
@Controller
class GroeidocumentController {

    private final LeerlingService leerlingen;
    private final GroeidocumentService documenten;
    private final ToestemmingService toestemmingen;

    GroeidocumentController(LeerlingService leerlingen, GroeidocumentService documenten, ToestemmingService toestemmingen) {
        this.leerlingen = leerlingen;
        this.documenten = documenten;
        this.toestemmingen = toestemmingen;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping("/leerlingen/{id}/groeidocument")
    String show(@PathVariable UUID id, @RequestParam(required = false) UUID versie, Model model) {
        CurrentUser user = user();
        Optional<GroeidocumentVersie> current = documenten.current(user, id);
        GroeidocumentForm form = current.map(v -> GroeidocumentForm.of(v.inhoud())).orElseGet(GroeidocumentForm::new);
        model.addAttribute("form", form);
        return render(model, user, id, versie);
    }

    @PostMapping("/leerlingen/{id}/groeidocument")
    String save(@PathVariable UUID id, @Valid @ModelAttribute("form") GroeidocumentForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        CurrentUser user = user();
        if (!binding.hasErrors()) {
            try {
                documenten.save(user, id, form.toInput());
                redirect.addFlashAttribute("message", "groeidocument.saved");
                return "redirect:/leerlingen/" + id + "/groeidocument";
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        return render(model, user, id, null);
    }

    @PostMapping("/leerlingen/{id}/groeidocument/bijlagen")
    String addBijlage(@PathVariable UUID id, @RequestParam(name = "bestand", required = false) MultipartFile bestand,
                      Model model, RedirectAttributes redirect) {
        CurrentUser user = user();
        try {
            documenten.addBijlage(user, id, bestand == null ? null : bestand.getOriginalFilename(),
                    bestand == null ? null : bestand.getContentType(), bestand == null ? new byte[0] : bytes(bestand));
        } catch (PassendException.RuleViolation e) {
            model.addAttribute("bijlageError", e);
            return show(id, null, model);
        }
        redirect.addFlashAttribute("message", "groeidocument.bijlage.added");
        return "redirect:/leerlingen/" + id + "/groeidocument";
    }

    @GetMapping("/leerlingen/{id}/groeidocument/bijlagen/{bijlageId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID bijlageId) {
        BijlageContent content = documenten.bijlageContent(user(), id, bijlageId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.mimeType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.naam(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content.inhoud());
    }

    /** The school records a consent or refusal the parents gave on paper, per attachment and recipient. */
    @PostMapping("/leerlingen/{id}/groeidocument/toestemming")
    String recordToestemming(@PathVariable UUID id, @Valid @ModelAttribute("toestemmingForm") ToestemmingForm form,
                             BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = user();
        if (!binding.hasErrors()) {
            try {
                toestemmingen.record(user, form.toInput(id));
                redirect.addFlashAttribute("message", "toestemming.recorded");
                return "redirect:/leerlingen/" + id + "/groeidocument";
            } catch (PassendException.RuleViolation | PassendException.NotFound e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("form", documenten.current(user, id).map(v -> GroeidocumentForm.of(v.inhoud()))
                .orElseGet(GroeidocumentForm::new));
        return render(model, user, id, null);
    }

    private String render(Model model, CurrentUser user, UUID id, UUID versieId) {
        model.addAttribute("l", leerlingen.find(user, id));
        var versions = documenten.versions(user, id);
        GroeidocumentVersie shown = versieId == null ? (versions.isEmpty() ? null : versions.get(0))
                : versions.stream().filter(v -> v.id().equals(versieId)).findFirst()
                .orElseThrow(() -> new PassendException.NotFound("groeidocument-versie-not-found"));
        model.addAttribute("shown", shown);
        model.addAttribute("latest", shown != null && shown.id().equals(versions.get(0).id()));
        model.addAttribute("versions", versions);
        model.addAttribute("bijlagen", documenten.bijlagen(user, id));
        model.addAttribute("toestemmingen", toestemmingen.list(user, id));
        model.addAttribute("canManage", user.can(Permission.GROEIDOCUMENT_MANAGE));
        model.addAttribute("ontvangers", Ontvanger.values());
        if (!model.containsAttribute("toestemmingForm")) {
            ToestemmingForm t = new ToestemmingForm();
            t.setOnderwerp(ToestemmingOnderwerp.BIJLAGE);
            t.setGegeven(true);
            model.addAttribute("toestemmingForm", t);
        }
        return "groeidocument/groeidocument";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
