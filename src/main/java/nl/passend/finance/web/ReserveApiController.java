package nl.passend.finance.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nl.passend.finance.EigenVermogen;
import nl.passend.finance.EigenVermogenInput;
import nl.passend.finance.EigenVermogenService;
import nl.passend.finance.ReserveRapport;
import nl.passend.finance.ReserveService;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reserve check per year and the eigen vermogen it is based on, as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reserve", description = "Eigen vermogen en de toets aan de signaleringswaarde")
class ReserveApiController {

    private final ReserveService reserve;
    private final EigenVermogenService eigenVermogen;

    ReserveApiController(ReserveService reserve, EigenVermogenService eigenVermogen) {
        this.reserve = reserve;
        this.eigenVermogen = eigenVermogen;
    }

    /** The check of one year, or of every year with an eigen vermogen when {@code jaar} is left out. */
    @GetMapping("/reservetoets")
    List<ReserveRapport> toets(@RequestParam(required = false) Integer jaar) {
        var user = CurrentUsers.find().orElseThrow();
        return jaar == null ? reserve.alle(user) : List.of(reserve.toets(user, jaar));
    }

    @GetMapping("/eigen-vermogen")
    List<EigenVermogen> list() {
        return eigenVermogen.list(CurrentUsers.find().orElseThrow());
    }

    /** Records or corrects the eigen vermogen of a year (a correction carries the version last read). */
    @PutMapping("/eigen-vermogen")
    EigenVermogen save(@Valid @RequestBody EigenVermogenInput input) {
        return eigenVermogen.save(CurrentUsers.find().orElseThrow(), input);
    }
}
