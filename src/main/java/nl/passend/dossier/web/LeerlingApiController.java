package nl.passend.dossier.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.LeerlingService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.format.annotation.DateTimeFormat;
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

/** Pupils within the caller's scope as JSON; the same service and rules as the screens. */
@RestController
@RequestMapping("/api/v1/leerlingen")
@Tag(name = "Leerlingen", description = "Leerlingen en hun ouders/verzorgers (zonder BSN)")
class LeerlingApiController {

    private final LeerlingService leerlingen;

    LeerlingApiController(LeerlingService leerlingen) {
        this.leerlingen = leerlingen;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping
    List<Leerling> search(@RequestParam(required = false) String q,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate geboortedatum,
                          @RequestParam(required = false) UUID school) {
        return leerlingen.search(user(), q, geboortedatum, school);
    }

    @GetMapping("/{id}")
    Leerling get(@PathVariable UUID id) {
        return leerlingen.get(user(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Leerling create(@Valid @RequestBody LeerlingInput input) {
        return leerlingen.create(user(), input);
    }

    @PutMapping("/{id}")
    Leerling update(@PathVariable UUID id, @Valid @RequestBody LeerlingInput input) {
        return leerlingen.update(user(), id, input);
    }
}
