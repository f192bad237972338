package nl.passend.werkvoorraad.web;

import nl.passend.shared.security.CurrentUsers;
import nl.passend.werkvoorraad.WorklistService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The werkvoorraad screen: the signed-in user's open steps with their dates and links. */
@Controller
class WorklistController {

    private final WorklistService worklist;

    WorklistController(WorklistService worklist) {
        this.worklist = worklist;
    }

    @GetMapping("/werkvoorraad")
    String worklist(Model model) {
        model.addAttribute("items", worklist.worklist(CurrentUsers.find().orElseThrow()));
        return "werkvoorraad/werkvoorraad";
    }
}
