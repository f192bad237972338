package nl.passend.bezwaar.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nl.passend.bezwaar.Bezwaar;
import nl.passend.bezwaar.BezwaarAct;
import nl.passend.bezwaar.BezwaarActInput;
import nl.passend.bezwaar.BezwaarHandlingService;
import nl.passend.bezwaar.BezwaarInput;
import nl.passend.bezwaar.BezwaarService;
import nl.passend.bezwaar.BezwaarStatus;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bezwaren as JSON, with the same services and rules as the screens. A POST to the collection registers
 * a bezwaar for staff and files one for a parent or board. Each act is a POST to the bezwaar with a body
 * of {@code datum}, {@code uitkomst} (advies, beslissen), {@code toelichting} (verschoonbaar, verdagen,
 * beslissen) and the {@code version} last read.
 */
@RestController
@RequestMapping("/api/v1/bezwaren")
@Tag(name = "Bezwaren", description = "Bezwaren tegen TLV-besluiten: registreren, doorsturen, hoorzitting, advies, verdagen, beslissen, intrekken en beroep")
class BezwaarApiController {

    private final BezwaarService bezwaren;
    private final BezwaarHandlingService handling;

    BezwaarApiController(BezwaarService bezwaren, BezwaarHandlingService handling) {
        this.bezwaren = bezwaren;
        this.handling = handling;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping
    List<Bezwaar> list(@RequestParam(required = false) BezwaarStatus status) {
        return bezwaren.list(user(), status);
    }

    @GetMapping("/{id}")
    Bezwaar get(@PathVariable UUID id) {
        return bezwaren.get(user(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Bezwaar create(@Valid @RequestBody BezwaarInput input) {
        CurrentUser user = user();
        return user.can(Permission.BEZWAAR_MANAGE) ? bezwaren.register(user, input) : bezwaren.file(user, input);
    }

    @PostMapping("/{id}/verschoonbaar")
    Bezwaar excuseLateness(@PathVariable UUID id, @Valid @RequestBody BezwaarActInput in) {
        return handling.perform(user(), id, BezwaarAct.EXCUSE_LATENESS, in);
    }

    @PostMapping("/{id}/doorsturen")
    Bezwaar forward(@PathVariable UUID id, @Valid @RequestBody BezwaarActInput in) {
        return handling.perform(user(), id, BezwaarAct.FORWARD, in);
    }

    @PostMapping("/{id}/hoorzitting")
    Bezwaar recordHoorzitting(@PathVariable UUID id, @Valid @RequestBody BezwaarActInput in) {
        return handling.perform(user(), id, BezwaarAct.RECORD_HOORZITTING, in);
    }

    @PostMapping("/{id}/advies")
    Bezwaar recordAdvies(@PathVariable UUID id, @Valid @RequestBody BezwaarActInput in) {
        return handling.perform(user(), id, BezwaarAct.RECORD_ADVIES, in);
    }

    @PostMapping("/{id}/verdagen")
    Bezwaar postpone(@PathVariable UUID id, @Valid @RequestBody BezwaarActInput in) {
        return handling.perform(user(), id, BezwaarAct.POSTPONE, in);
    }

    @PostMapping("/{id}/beslissen")
    Bezwaar decide(@PathVariable UUID id, @Valid @RequestBody BezwaarActInput in) {
        return handling.perform(user(), id, BezwaarAct.DECIDE, in);
    }

    @PostMapping("/{id}/intrekken")
    Bezwaar withdraw(@PathVariable UUID id, @Valid @RequestBody BezwaarActInput in) {
        return handling.perform(user(), id, BezwaarAct.WITHDRAW, in);
    }

    @PostMapping("/{id}/beroep")
    Bezwaar recordBeroep(@PathVariable UUID id, @Valid @RequestBody BezwaarActInput in) {
        return handling.perform(user(), id, BezwaarAct.RECORD_BEROEP, in);
    }
}
