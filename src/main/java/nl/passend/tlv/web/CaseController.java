package nl.passend.tlv.web;

import java.util.UUID;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The case page of a TLV request: one URL for everyone involved; parents see a plain-language view. */
@Controller
class CaseController {

    private final CasePage page;

    CaseController(CasePage page) {
        this.page = page;
    }

    @GetMapping("/tlv/aanvragen/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_READ);
        return page.render(model, user, id);
    }

    static String redirectTo(UUID id) {
        return "redirect:/tlv/aanvragen/" + id;
    }
}
