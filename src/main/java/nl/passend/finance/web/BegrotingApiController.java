package nl.passend.finance.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nl.passend.finance.Begroting;
import nl.passend.finance.BegrotingInput;
import nl.passend.finance.BegrotingPrognoseInput;
import nl.passend.finance.BegrotingScenarioInput;
import nl.passend.finance.BegrotingService;
import nl.passend.finance.calc.Meerjarenbegroting;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Begrotingen as JSON. A bestuur or toezicht token sees vastgestelde begrotingen only (their frozen
 * lines); finance staff also get the computed meerjarenbegroting with every scenario.
 */
@RestController
@RequestMapping("/api/v1/begrotingen")
@Tag(name = "Begrotingen", description = "Begroting en meerjarenbegroting met prognoses, scenario's en vaststelling")
class BegrotingApiController {

    private final BegrotingService begrotingen;

    BegrotingApiController(BegrotingService begrotingen) {
        this.begrotingen = begrotingen;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping
    List<Begroting> list() {
        return begrotingen.list(user());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Begroting create(@Valid @RequestBody BegrotingInput input) {
        return begrotingen.create(user(), input);
    }

    /** The begroting; for finance staff with {@code berekening}, the computed meerjarenbegroting (finance staff only). */
    @GetMapping("/{id}")
    BegrotingResponse get(@PathVariable UUID id) {
        CurrentUser user = user();
        Begroting b = begrotingen.get(user, id);
        if (!user.can(Permission.FINANCE_READ)) {
            return new BegrotingResponse(b, null, null);
        }
        try {
            return new BegrotingResponse(b, begrotingen.bereken(user, id), null);
        } catch (PassendException.RuleViolation e) {
            return new BegrotingResponse(b, null, e.code());
        }
    }

    @PutMapping("/{id}")
    Begroting update(@PathVariable UUID id, @Valid @RequestBody BegrotingInput input) {
        return begrotingen.update(user(), id, input);
    }

    @PutMapping("/{id}/prognoses")
    Begroting prognoses(@PathVariable UUID id, @Valid @RequestBody BegrotingPrognoseInput input) {
        return begrotingen.setPrognoses(user(), id, input);
    }

    @PostMapping("/{id}/scenarios")
    @ResponseStatus(HttpStatus.CREATED)
    Begroting addScenario(@PathVariable UUID id, @Valid @RequestBody BegrotingScenarioInput input) {
        return begrotingen.addScenario(user(), id, input);
    }

    @PostMapping("/{id}/vaststelling")
    Begroting vaststelling(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        return begrotingen.vaststellen(user(), id, version);
    }

    /** {@code berekeningFout}: the code of what the computation lacks (a normbedrag, a prognosis), if anything. */
    record BegrotingResponse(Begroting begroting, Meerjarenbegroting berekening, String berekeningFout) {
    }
}
