package nl.passend.finance.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import nl.passend.finance.RealisatieBoeking;
import nl.passend.finance.RealisatieBoekingInput;
import nl.passend.finance.RealisatieService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Realisation as JSON: budget vs actual with forecast, bookings, booking by hand, correcting, booking a month. */
@RestController
@RequestMapping("/api/v1/realisatie")
@Tag(name = "Realisatie", description = "Begroting en realisatie per maand en trimester, boekingen en prognose")
class RealisatieApiController {

    private final RealisatieService realisatie;

    RealisatieApiController(RealisatieService realisatie) {
        this.realisatie = realisatie;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping
    RealisatieService.Realisatie vergelijking(@RequestParam int jaar) {
        return realisatie.vergelijking(user(), jaar);
    }

    @GetMapping("/boekingen")
    List<RealisatieBoeking> boekingen(@RequestParam int jaar) {
        return realisatie.boekingen(user(), jaar);
    }

    @PostMapping("/boekingen")
    @ResponseStatus(HttpStatus.CREATED)
    RealisatieBoeking boek(@Valid @RequestBody RealisatieBoekingInput input) {
        return realisatie.boek(user(), input);
    }

    @PostMapping("/boekingen/{id}/correctie")
    @ResponseStatus(HttpStatus.CREATED)
    RealisatieBoeking corrigeer(@PathVariable UUID id) {
        return realisatie.corrigeer(user(), id);
    }

    /** The month to book with ‘boek maand’. */
    record Maand(@NotNull @Min(2014) @Max(2100) Integer jaar, @NotNull @Min(1) @Max(12) Integer maand) {
    }

    @PostMapping("/boek-maand")
    @ResponseStatus(HttpStatus.CREATED)
    List<RealisatieBoeking> boekMaand(@Valid @RequestBody Maand body) {
        return realisatie.boekMaand(user(), body.jaar(), body.maand());
    }
}
