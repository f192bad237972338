package nl.passend.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page shown when a signed-in user's role does not allow a page. */
@Controller
class ForbiddenController {

    @RequestMapping("/geen-toegang")
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("code", "forbidden");
        return "error";
    }
}
