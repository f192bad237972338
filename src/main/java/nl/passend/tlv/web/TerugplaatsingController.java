package nl.passend.tlv.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.tlv.Terugplaatsing;
import nl.passend.tlv.TerugplaatsingService;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Terugplaatsing from the TLV page: plan the return to a regular school, then mark it done or
 * cancelled. Refusals go back to the TLV page with what was typed and the reason.
 */
@Controller
class TerugplaatsingController {

    private final TerugplaatsingService terugplaatsingen;

    TerugplaatsingController(TerugplaatsingService terugplaatsingen) {
        this.terugplaatsingen = terugplaatsingen;
    }

    /** The plan form. */
    public static class Form {
        @NotNull
        private UUID doelschoolId;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate datum;
        @Size(max = 2000)
        private String toelichting;

        public UUID getDoelschoolId() { return doelschoolId; }
        public void setDoelschoolId(UUID v) { this.doelschoolId = v; }
        public LocalDate getDatum() { return datum; }
        public void setDatum(LocalDate v) { this.datum = v; }
        public String getToelichting() { return toelichting; }
        public void setToelichting(String v) { this.toelichting = v; }
    }

    @PostMapping("/tlv/register/{id}/terugplaatsing")
    String plan(@PathVariable UUID id, @Valid @ModelAttribute("terugplaatsingForm") Form form, BindingResult binding,
                RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        if (!binding.hasErrors()) {
            try {
                terugplaatsingen.plan(user, id, form.getDoelschoolId(), form.getDatum(), form.getToelichting());
                redirect.addFlashAttribute("message", "tlv.terugplaatsing.saved");
                return "redirect:/tlv/register/" + id;
            } catch (PassendException.RuleViolation e) {
                nl.passend.shared.web.FormErrors.reject(binding, e);
            }
        }
        redirect.addFlashAttribute("terugplaatsingForm", form);
        redirect.addFlashAttribute("org.springframework.validation.BindingResult.terugplaatsingForm", binding);
        return "redirect:/tlv/register/" + id + "#terugplaatsing";
    }

    @PostMapping("/tlv/register/{id}/terugplaatsing/{terugplaatsingId}")
    String finish(@PathVariable UUID id, @PathVariable UUID terugplaatsingId,
                  @RequestParam Terugplaatsing.TerugplaatsingStatus status, @RequestParam(required = false) Integer version,
                  RedirectAttributes redirect) {
        terugplaatsingen.finish(CurrentUsers.find().orElseThrow(), terugplaatsingId, status, version);
        redirect.addFlashAttribute("message", "tlv.terugplaatsing.saved");
        return "redirect:/tlv/register/" + id;
    }
}
