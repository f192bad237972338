package nl.passend.tlv.web;

import java.util.List;
import java.util.UUID;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.tlv.TlvAanvraagService;
import nl.passend.tlv.TlvFilter;
import nl.passend.tlv.TlvRegister;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pupil's page: details, parents, and the pupil's TLV requests and TLVs. It lives in the tlv module
 * (template under dossier/) because tlv depends on dossier; serving it from dossier.web would make the
 * modules depend on each other, which the module test forbids.
 */
@Controller
class LeerlingPageController {

    private final LeerlingService leerlingen;
    private final TlvAanvraagService aanvragen;
    private final TlvRegister register;
    private final TlvLabels labels;

    LeerlingPageController(LeerlingService leerlingen, TlvAanvraagService aanvragen, TlvRegister register,
                           TlvLabels labels) {
        this.leerlingen = leerlingen;
        this.aanvragen = aanvragen;
        this.register = register;
        this.labels = labels;
    }

    @GetMapping("/leerlingen/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Leerling l = leerlingen.get(user, id);
        boolean tlvRead = user.can(Permission.TLV_READ);
        model.addAttribute("l", l);
        model.addAttribute("schoolNaam", labels.schoolNames(user).get(l.schoolId()));
        model.addAttribute("aanvragen", tlvRead ? aanvragen.list(user, null, id) : List.of());
        model.addAttribute("tlvs", tlvRead
                ? register.list(user, new TlvFilter(null, null, null, null, null, id)) : List.of());
        model.addAttribute("tlvRead", tlvRead);
        model.addAttribute("canManage", user.can(Permission.PUPIL_MANAGE));
        model.addAttribute("canRequestTlv", user.can(Permission.TLV_REQUEST));
        return "dossier/leerling";
    }
}
