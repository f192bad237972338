package nl.passend.audit.web;

import java.time.LocalDate;

import nl.passend.audit.AuditFilter;
import nl.passend.audit.AuditQuery;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for the functionaris gegevensbescherming: filter by user, period, action and subject. */
@Controller
class AuditController {

    private final AuditQuery audit;

    AuditController(AuditQuery audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String trail(@RequestParam(required = false) String gebruiker,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
                 @RequestParam(required = false) String actie,
                 @RequestParam(required = false) String onderwerp,
                 @RequestParam(defaultValue = "0") int pagina,
                 Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        AuditFilter filter = new AuditFilter(gebruiker, van, tot, actie, onderwerp);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", audit.actions(user));
        try {
            model.addAttribute("page", audit.search(user, filter, pagina));
        } catch (PassendException.RuleViolation e) {
            model.addAttribute("errorKey", e.messageKey());
        }
        return "audit/audit";
    }
}
