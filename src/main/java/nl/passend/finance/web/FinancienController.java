package nl.passend.finance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.passend.finance.GrafiekJaar;
import nl.passend.finance.GrafiekService;
import nl.passend.finance.calc.Realisatievergelijking;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The finance overview: a link to every finance screen the user may see and, for finance staff and
 * toezicht, the charts of baten, lasten per category and baten - lasten with the reserve over the
 * years, each with a table of the same figures.
 */
@Controller
class FinancienController {

    private final GrafiekService grafieken;
    private final Clock clock;

    FinancienController(GrafiekService grafieken, Clock clock) {
        this.grafieken = grafieken;
        this.clock = clock;
    }

    /** A link on the overview: target and the message keys of its name and description. */
    record Link(String href, String labelKey, String descriptionKey) {
    }

    @GetMapping("/financien")
    String overzicht(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        boolean read = user.can(Permission.FINANCE_READ);
        boolean reports = read || user.can(Permission.FINANCE_REPORT_READ);
        boolean budget = read || user.can(Permission.FINANCE_BUDGET_READ);
        boolean statements = user.can(Permission.BETAALOVERZICHT_READ);
        if (!reports && !budget && !statements) {
            user.require(Permission.FINANCE_READ);
        }
        LocalDate today = LocalDate.now(clock);
        int jaar = today.getYear();
        int trimester = Realisatievergelijking.trimester(today.getMonthValue());
        List<Link> links = new ArrayList<>();
        if (read) {
            links.add(new Link("/financien/normbedragen", "finance.overzicht.link.normbedragen", "finance.overzicht.link.normbedragen.text"));
            links.add(new Link("/financien/tellingen", "finance.overzicht.link.tellingen", "finance.overzicht.link.tellingen.text"));
            links.add(new Link("/financien/subsidies", "finance.overzicht.link.subsidies", "finance.overzicht.link.subsidies.text"));
            links.add(new Link("/financien/baten/" + jaar, "finance.overzicht.link.baten", "finance.overzicht.link.baten.text"));
            links.add(new Link("/financien/verdeelmodellen", "finance.overzicht.link.verdeelmodellen", "finance.overzicht.link.verdeelmodellen.text"));
        }
        if (budget) {
            links.add(new Link("/financien/begrotingen", "finance.overzicht.link.begrotingen", "finance.overzicht.link.begrotingen.text"));
        }
        if (reports) {
            links.add(new Link("/financien/realisatie/" + jaar, "finance.overzicht.link.realisatie", "finance.overzicht.link.realisatie.text"));
            links.add(new Link("/financien/trimester/" + jaar + "/" + trimester, "finance.overzicht.link.trimester", "finance.overzicht.link.trimester.text"));
            links.add(new Link("/financien/reserve", "finance.overzicht.link.reserve", "finance.overzicht.link.reserve.text"));
            links.add(new Link("/financien/historie", "finance.overzicht.link.historie", "finance.overzicht.link.historie.text"));
        }
        if (statements) {
            links.add(new Link("/financien/betaaloverzichten", "finance.overzicht.link.betaaloverzichten", "finance.overzicht.link.betaaloverzichten.text"));
        }
        model.addAttribute("links", links);
        model.addAttribute("charts", reports);
        if (reports) {
            List<GrafiekJaar> jaren = grafieken.jaren(user);
            model.addAttribute("jaren", jaren);
            model.addAttribute("batenLasten", GrafiekService.batenLasten(jaren));
            model.addAttribute("lastenPerCategorie", GrafiekService.lastenPerCategorie(jaren));
            model.addAttribute("resultaatReserve", GrafiekService.resultaatReserve(jaren));
            model.addAttribute("lastenPosten", nl.passend.finance.Begrotingspost.lasten().stream()
                    .filter(p -> jaren.stream().anyMatch(j -> j.bedrag(p) != null)).toList());
        }
        return "finance/reports/overzicht";
    }
}
