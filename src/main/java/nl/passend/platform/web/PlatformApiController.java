package nl.passend.platform.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nl.passend.organisation.Swv;
import nl.passend.organisation.SwvService;
import nl.passend.platform.TenantOnboarding;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tenants for the platform role: list and create (with the first beheerder). */
@RestController
@RequestMapping("/api/v1/samenwerkingsverbanden")
@Tag(name = "Platform", description = "Samenwerkingsverbanden aanmaken (alleen platformbeheer)")
class PlatformApiController {

    private final SwvService swvs;
    private final TenantOnboarding onboarding;

    PlatformApiController(SwvService swvs, TenantOnboarding onboarding) {
        this.swvs = swvs;
        this.onboarding = onboarding;
    }

    @GetMapping
    List<Swv> list() {
        return swvs.list(CurrentUsers.find().orElseThrow());
    }

    @Operation(summary = "Maak een samenwerkingsverband aan met zijn eerste beheerder")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Swv create(@Valid @RequestBody OnboardingForm body) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        return onboarding.onboard(user, body.getSwv(), body.getBeheerder());
    }
}
