package nl.passend.home.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import nl.passend.melding.MeldingService;
import nl.passend.organisation.SwvService;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout needs on every page: the menu, the user's name and SWV, the current path. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final SwvService swvs;
    private final MeldingService meldingen;

    LayoutAdvice(SwvService swvs, MeldingService meldingen) {
        this.swvs = swvs;
        this.meldingen = meldingen;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, org.springframework.ui.Model model) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return; // JSON answers have no layout
        }
        model.addAttribute("currentPath", request.getRequestURI());
        CurrentUsers.find().ifPresentOrElse(user -> {
            boolean full = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication().getAuthorities().stream().anyMatch(a -> "AUTH_FULL".equals(a.getAuthority()));
            model.addAttribute("nav", full ? Navigation.forUser(user) : List.of());
            model.addAttribute("userName", user.displayName());
            model.addAttribute("swvNaam", user.tenant().flatMap(swvs::find).map(s -> s.naam()).orElse(null));
            model.addAttribute("meldingenOngelezen", full ? meldingen.unreadCount(user) : 0);
        }, () -> model.addAttribute("nav", List.of()));
    }
}
