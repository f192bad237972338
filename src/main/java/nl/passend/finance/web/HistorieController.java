package nl.passend.finance.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.HistorieImportResultaat;
import nl.passend.finance.HistorieService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Imported historical actuals per post per year, and the CSV import (all-or-nothing, with a report per line). */
@Controller
class HistorieController {

    private static final String PAGE = "finance/reports/historie";
    private static final long MAX_BYTES = 1_000_000;

    private final HistorieService historie;

    HistorieController(HistorieService historie) {
        this.historie = historie;
    }

    @GetMapping("/financien/historie")
    String show(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        addTable(user, model);
        return PAGE;
    }

    @PostMapping("/financien/historie")
    String importeer(@RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model,
                     RedirectAttributes redirect) throws IOException {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        HistorieImportResultaat resultaat;
        if (bestand == null || bestand.isEmpty()) {
            resultaat = new HistorieImportResultaat(
                    List.of(new HistorieImportResultaat.Melding(null, "geen-bestand", List.of())), List.of(), 0);
        } else if (bestand.getSize() > MAX_BYTES) {
            resultaat = new HistorieImportResultaat(
                    List.of(new HistorieImportResultaat.Melding(null, "te-groot", List.of())), List.of(), 0);
        } else {
            resultaat = historie.importeer(user, bestand.getOriginalFilename(),
                    new String(bestand.getBytes(), StandardCharsets.UTF_8));
        }
        if (resultaat.geslaagd()) {
            redirect.addFlashAttribute("message", "finance.historie.imported");
            redirect.addFlashAttribute("importJaren", resultaat.jaren());
            return "redirect:/financien/historie";
        }
        model.addAttribute("resultaat", resultaat);
        addTable(user, model);
        return PAGE;
    }

    private void addTable(CurrentUser user, Model model) {
        Map<Integer, Map<Begrotingspost, BigDecimal>> h = historie.historie(user);
        model.addAttribute("historie", h);
        model.addAttribute("jaren", List.copyOf(h.keySet()));
        model.addAttribute("posten", Arrays.stream(Begrotingspost.values())
                .filter(p -> h.values().stream().anyMatch(m -> m.containsKey(p))).toList());
        model.addAttribute("totaalBaten", totalen(h, true));
        model.addAttribute("totaalLasten", totalen(h, false));
        model.addAttribute("canManage", user.can(Permission.FINANCE_MANAGE));
    }

    /**
     * Per year the total baten (or lasten): never the two added together. A year without a figure on
     * that side has no total (an empty cell, not 0).
     */
    private static Map<Integer, BigDecimal> totalen(Map<Integer, Map<Begrotingspost, BigDecimal>> h, boolean baten) {
        Map<Integer, BigDecimal> result = new TreeMap<>();
        h.forEach((jaar, bedragen) -> {
            if (Begrotingspost.heeftPosten(bedragen, baten)) {
                result.put(jaar, Begrotingspost.som(bedragen, baten));
            }
        });
        return result;
    }
}
