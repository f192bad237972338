package nl.passend.melding.web;

import java.util.UUID;

import nl.passend.melding.MeldingService;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's meldingen: newest first, each with its link and a button to mark it read. */
@Controller
class MeldingController {

    private final MeldingService meldingen;

    MeldingController(MeldingService meldingen) {
        this.meldingen = meldingen;
    }

    @GetMapping("/meldingen")
    String list(Model model) {
        model.addAttribute("meldingen", meldingen.list(CurrentUsers.find().orElseThrow()));
        return "melding/meldingen";
    }

    @PostMapping("/meldingen/{id}/gelezen")
    String markRead(@PathVariable UUID id, RedirectAttributes redirect) {
        meldingen.markRead(CurrentUsers.find().orElseThrow(), id);
        redirect.addFlashAttribute("message", "melding.read.done");
        return "redirect:/meldingen";
    }
}
