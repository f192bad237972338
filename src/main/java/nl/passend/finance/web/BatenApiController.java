package nl.passend.finance.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;

import nl.passend.finance.BatenOpslag;
import nl.passend.finance.BatenOverzicht;
import nl.passend.finance.BatenService;
import nl.passend.finance.calc.BatenBerekening;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baten of a year as JSON: the computation line by line, the normbedrag versions used with their
 * sources, the geoormerkte subsidies and the saved computations. A missing amount or count is a 422.
 */
@RestController
@RequestMapping("/api/v1/baten")
@Tag(name = "Baten", description = "De baten van een kalenderjaar met verrekening, regel voor regel")
class BatenApiController {

    private final BatenService baten;

    BatenApiController(BatenService baten) {
        this.baten = baten;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping("/{jaar}")
    BatenOverzicht get(@PathVariable int jaar) {
        return baten.overzicht(user(), jaar);
    }

    /** Computes and saves the baten of the year with the ids of the amount versions used. */
    @PostMapping("/{jaar}/berekeningen")
    @ResponseStatus(HttpStatus.CREATED)
    BatenOpslag save(@PathVariable int jaar) {
        return baten.opslaan(user(), jaar);
    }

    /** A saved computation exactly as it was stored. */
    @GetMapping("/berekeningen/{id}")
    BatenBerekening saved(@PathVariable UUID id) {
        return baten.opgeslagen(user(), id);
    }
}
