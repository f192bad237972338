package nl.passend.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Renders the Dutch error page inside the normal layout (menu, user, SWV): refusals from
 * {@link ErrorHandling} are forwarded here, and Spring Security sends "access denied" here.
 */
@Controller
class ErrorPageController {

    static final String STATUS = ErrorPageController.class.getName() + ".status";
    static final String CODE = ErrorPageController.class.getName() + ".code";
    static final String DETAIL = ErrorPageController.class.getName() + ".detail";

    @RequestMapping("/geen-toegang")
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("code", "forbidden");
        return "error";
    }

    @RequestMapping("/fout")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = request.getAttribute(STATUS) instanceof Integer s ? s : 404;
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("code", request.getAttribute(CODE));
        model.addAttribute("detail", request.getAttribute(DETAIL));
        return "error";
    }
}
