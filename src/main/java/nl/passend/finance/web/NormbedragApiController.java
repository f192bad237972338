package nl.passend.finance.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nl.passend.finance.Normbedrag;
import nl.passend.finance.NormbedragCorrectieInput;
import nl.passend.finance.NormbedragInput;
import nl.passend.finance.NormbedragLading;
import nl.passend.finance.NormbedragService;
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

/** Normbedragen as JSON: the amounts in force of a year, adding, correcting (a new version), versions, loading the shipped amounts. */
@RestController
@RequestMapping("/api/v1/normbedragen")
@Tag(name = "Normbedragen", description = "Bekostigingsbedragen per jaar met bron, status en versies")
class NormbedragApiController {

    private final NormbedragService normbedragen;

    NormbedragApiController(NormbedragService normbedragen) {
        this.normbedragen = normbedragen;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping
    List<Normbedrag> list(@RequestParam int jaar) {
        return normbedragen.list(user(), jaar);
    }

    @GetMapping("/{id}")
    Normbedrag get(@PathVariable UUID id) {
        return normbedragen.get(user(), id);
    }

    @GetMapping("/{id}/versies")
    List<Normbedrag> versions(@PathVariable UUID id) {
        return normbedragen.versions(user(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Normbedrag create(@Valid @RequestBody NormbedragInput input) {
        return normbedragen.create(user(), input);
    }

    @PostMapping("/{id}/correctie")
    @ResponseStatus(HttpStatus.CREATED)
    Normbedrag correct(@PathVariable UUID id, @Valid @RequestBody NormbedragCorrectieInput input) {
        return normbedragen.correct(user(), id, input);
    }

    /** Loads the amounts Passend ships (verified, with their sources); amounts already present are skipped. */
    @PostMapping("/publicaties")
    NormbedragLading load() {
        return normbedragen.loadPublications(user());
    }
}
