package nl.passend.oso.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import nl.passend.oso.OsoImport;
import nl.passend.oso.OsoImportService;
import nl.passend.oso.OsoPreview;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The IB's (or medewerker's) OSO import: upload, preview, confirm. Between preview and confirmation the
 * document waits in the user's session under a one-time token, so nothing is stored before the user
 * confirms; the service checks the document again on confirmation.
 */
@Controller
@RequestMapping("/oso/import")
class OsoImportController {

    static final String SESSION_KEY = "oso.upload";

    private final OsoImportService imports;

    OsoImportController(OsoImportService imports) {
        this.imports = imports;
    }

    /** What waits in the session: the token the preview page carries, and the document. */
    record Upload(String token, byte[] xml) implements java.io.Serializable {
        @Override
        public String toString() {
            return "Upload[" + token + "]";
        }
    }

    @GetMapping
    String form() {
        CurrentUsers.find().orElseThrow().require(nl.passend.shared.security.Permission.OSO_IMPORT);
        return "oso/import";
    }

    @PostMapping
    String preview(@RequestParam(required = false) MultipartFile bestand, HttpSession session, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        byte[] xml = bytes(bestand);
        OsoPreview preview;
        try {
            preview = imports.preview(user, xml);
        } catch (PassendException.RuleViolation | PassendException.Forbidden e) {
            model.addAttribute("foutKey", e.messageKey());
            model.addAttribute("foutArgs", e.arguments());
            return "oso/import";
        }
        Upload upload = new Upload(UUID.randomUUID().toString(), xml);
        session.setAttribute(SESSION_KEY, upload);
        model.addAttribute("preview", preview);
        model.addAttribute("token", upload.token());
        return "oso/preview";
    }

    @PostMapping("/bevestig")
    String confirm(@RequestParam String token, HttpSession session, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        if (!(session.getAttribute(SESSION_KEY) instanceof Upload upload) || !upload.token().equals(token)) {
            throw new PassendException.Conflict("oso-upload-verlopen");
        }
        OsoImport result = imports.importeer(user, upload.xml());
        session.removeAttribute(SESSION_KEY);
        redirect.addFlashAttribute("message", result.alreadyImported() ? "oso.import.alreadyImported" : "oso.import.imported");
        return result.aanvraagId() != null ? "redirect:/aanvragen/" + result.aanvraagId()
                : "redirect:/leerlingen/" + result.leerlingId();
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new byte[0];
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
