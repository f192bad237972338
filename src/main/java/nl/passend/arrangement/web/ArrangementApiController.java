package nl.passend.arrangement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;

import nl.passend.arrangement.Arrangement;
import nl.passend.arrangement.ArrangementFilter;
import nl.passend.arrangement.ArrangementService;
import nl.passend.arrangement.ArrangementStatus;
import nl.passend.arrangement.Evaluatie;
import nl.passend.arrangement.EvaluatieInput;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Granted arrangements as JSON, with their evaluations; the evaluation extends or closes one. */
@RestController
@RequestMapping("/api/v1/arrangementen")
@Tag(name = "Arrangementen", description = "Toegekende arrangementen en hun evaluatie")
class ArrangementApiController {

    private final ArrangementService arrangementen;

    ArrangementApiController(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    record EvaluatieBody(EvaluatieInput evaluatie, Integer version) {
    }

    @GetMapping
    List<Arrangement> list(@RequestParam(required = false) UUID bestuur, @RequestParam(required = false) UUID school,
                           @RequestParam(required = false) UUID werkgebied,
                           @RequestParam(required = false) ArrangementStatus status,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot) {
        return arrangementen.list(user(), new ArrangementFilter(bestuur, school, werkgebied, status, van, tot));
    }

    @GetMapping("/{id}")
    Arrangement get(@PathVariable UUID id) {
        return arrangementen.get(user(), id);
    }

    @GetMapping("/{id}/evaluaties")
    List<Evaluatie> evaluaties(@PathVariable UUID id) {
        return arrangementen.evaluaties(user(), id);
    }

    @PostMapping("/{id}/evaluatie")
    Arrangement evaluate(@PathVariable UUID id, @RequestBody EvaluatieBody body) {
        return arrangementen.evaluate(user(), id, body.evaluatie(), body.version());
    }
}
