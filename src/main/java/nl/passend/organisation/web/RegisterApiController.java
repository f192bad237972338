package nl.passend.organisation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nl.passend.organisation.Bestuur;
import nl.passend.organisation.BestuurInput;
import nl.passend.organisation.BestuurService;
import nl.passend.organisation.Gemeente;
import nl.passend.organisation.GemeenteInput;
import nl.passend.organisation.GemeenteService;
import nl.passend.organisation.Leerlingtelling;
import nl.passend.organisation.LeerlingtellingFilter;
import nl.passend.organisation.LeerlingtellingInput;
import nl.passend.organisation.LeerlingtellingService;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolFilter;
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.organisation.SwvDetails;
import nl.passend.organisation.SwvDetailsInput;
import nl.passend.organisation.SwvService;
import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedInput;
import nl.passend.organisation.WerkgebiedService;
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

/**
 * The register of the caller's SWV as JSON. Same services and rules as the screens; ids of another
 * SWV are simply not found. Updates carry the {@code version} last read.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Register", description = "Het eigen samenwerkingsverband, werkgebieden, besturen, scholen, gemeenten en leerlingtellingen")
class RegisterApiController {

    private final WerkgebiedService werkgebieden;
    private final BestuurService besturen;
    private final GemeenteService gemeenten;
    private final SchoolService scholen;
    private final LeerlingtellingService tellingen;
    private final SwvService swvs;

    RegisterApiController(WerkgebiedService werkgebieden, BestuurService besturen, GemeenteService gemeenten,
                          SchoolService scholen, LeerlingtellingService tellingen, SwvService swvs) {
        this.swvs = swvs;
        this.werkgebieden = werkgebieden;
        this.besturen = besturen;
        this.gemeenten = gemeenten;
        this.scholen = scholen;
        this.tellingen = tellingen;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping("/samenwerkingsverband")
    SwvDetails samenwerkingsverband() {
        return swvs.details(user());
    }

    @PutMapping("/samenwerkingsverband")
    SwvDetails updateSamenwerkingsverband(@Valid @RequestBody SwvDetailsInput input) {
        return swvs.updateDetails(user(), input);
    }

    @GetMapping("/werkgebieden")
    List<Werkgebied> werkgebieden() {
        return werkgebieden.list(user());
    }

    @GetMapping("/werkgebieden/{id}")
    Werkgebied werkgebied(@PathVariable UUID id) {
        return werkgebieden.get(user(), id);
    }

    @PostMapping("/werkgebieden")
    @ResponseStatus(HttpStatus.CREATED)
    Werkgebied createWerkgebied(@Valid @RequestBody WerkgebiedInput input) {
        return werkgebieden.create(user(), input);
    }

    @PutMapping("/werkgebieden/{id}")
    Werkgebied updateWerkgebied(@PathVariable UUID id, @Valid @RequestBody WerkgebiedInput input) {
        return werkgebieden.update(user(), id, input);
    }

    @GetMapping("/besturen")
    List<Bestuur> besturen() {
        return besturen.list(user());
    }

    @GetMapping("/besturen/{id}")
    Bestuur bestuur(@PathVariable UUID id) {
        return besturen.get(user(), id);
    }

    @PostMapping("/besturen")
    @ResponseStatus(HttpStatus.CREATED)
    Bestuur createBestuur(@Valid @RequestBody BestuurInput input) {
        return besturen.create(user(), input);
    }

    @PutMapping("/besturen/{id}")
    Bestuur updateBestuur(@PathVariable UUID id, @Valid @RequestBody BestuurInput input) {
        return besturen.update(user(), id, input);
    }

    @GetMapping("/gemeenten")
    List<Gemeente> gemeenten() {
        return gemeenten.list(user());
    }

    @GetMapping("/gemeenten/{id}")
    Gemeente gemeente(@PathVariable UUID id) {
        return gemeenten.get(user(), id);
    }

    @PostMapping("/gemeenten")
    @ResponseStatus(HttpStatus.CREATED)
    Gemeente createGemeente(@Valid @RequestBody GemeenteInput input) {
        return gemeenten.create(user(), input);
    }

    @PutMapping("/gemeenten/{id}")
    Gemeente updateGemeente(@PathVariable UUID id, @Valid @RequestBody GemeenteInput input) {
        return gemeenten.update(user(), id, input);
    }

    @GetMapping("/scholen")
    List<School> scholen(@RequestParam(required = false) SchoolSoort soort,
                         @RequestParam(required = false) UUID bestuur,
                         @RequestParam(required = false) UUID werkgebied,
                         @RequestParam(required = false) UUID gemeente) {
        return scholen.list(user(), new SchoolFilter(soort, bestuur, werkgebied, gemeente));
    }

    @GetMapping("/scholen/{id}")
    School school(@PathVariable UUID id) {
        return scholen.get(user(), id);
    }

    @PostMapping("/scholen")
    @ResponseStatus(HttpStatus.CREATED)
    School createSchool(@Valid @RequestBody SchoolInput input) {
        return scholen.create(user(), input);
    }

    @PutMapping("/scholen/{id}")
    School updateSchool(@PathVariable UUID id, @Valid @RequestBody SchoolInput input) {
        return scholen.update(user(), id, input);
    }

    @GetMapping("/leerlingtellingen")
    List<Leerlingtelling> leerlingtellingen(@RequestParam(required = false) UUID school,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate teldatum) {
        return tellingen.list(user(), new LeerlingtellingFilter(school, teldatum));
    }

    @GetMapping("/leerlingtellingen/{id}")
    Leerlingtelling leerlingtelling(@PathVariable UUID id) {
        return tellingen.get(user(), id);
    }

    @PostMapping("/leerlingtellingen")
    @ResponseStatus(HttpStatus.CREATED)
    Leerlingtelling createLeerlingtelling(@Valid @RequestBody LeerlingtellingInput input) {
        return tellingen.create(user(), input);
    }

    @PutMapping("/leerlingtellingen/{id}")
    Leerlingtelling updateLeerlingtelling(@PathVariable UUID id, @Valid @RequestBody LeerlingtellingInput input) {
        return tellingen.update(user(), id, input);
    }
}
