package nl.passend.tlv.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.tlv.BijlageService;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reports attached to a request: upload with the parents' consent, download for those who may read them. */
@Controller
class BijlageController {

    private final BijlageService bijlagen;
    private final CasePage page;

    BijlageController(BijlageService bijlagen, CasePage page) {
        this.bijlagen = bijlagen;
        this.page = page;
    }

    @PostMapping("/tlv/aanvragen/{id}/bijlagen")
    String add(@PathVariable UUID id, @ModelAttribute("bijlageForm") CaseForms.Bijlage form, BindingResult binding,
               Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        MultipartFile file = form.getBestand();
        try {
            bijlagen.add(user, id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), file == null ? new byte[0] : bytes(file),
                    form.isToestemmingOuders(), form.isGezondheidsgegevens());
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FieldRejections.reject(binding, e, code -> code.startsWith("bijlage-") ? "bestand" : null);
            return page.render(model, user, id);
        }
        redirect.addFlashAttribute("message", "tlv.case.bijlageAdded");
        return CaseController.redirectTo(id);
    }

    @GetMapping("/tlv/aanvragen/{id}/bijlagen/{bijlageId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID bijlageId) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        return Downloads.attachment(bijlagen.content(user, id, bijlageId));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
