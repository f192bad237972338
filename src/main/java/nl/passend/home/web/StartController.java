package nl.passend.home.web;

import java.util.List;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.werkvoorraad.WorklistService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who you are, in which SWV, with which roles, and where you can go from here. */
@Controller
class StartController {

    private final WorklistService worklist;

    StartController(WorklistService worklist) {
        this.worklist = worklist;
    }

    @GetMapping("/")
    String start(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        List<Role> roles = user.grants().stream().map(g -> g.role()).distinct().toList();
        model.addAttribute("roles", roles);
        model.addAttribute("tiles", Navigation.forUser(user).stream()
                .filter(item -> !item.href().equals("/")).toList());
        if (user.can(Permission.TLV_READ)) {
            model.addAttribute("werkvoorraad", worklist.summary(user));
        }
        return "home/start";
    }
}
