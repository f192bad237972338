package nl.passend.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api/v1: title, licence and the bearer-token scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI passendOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Passend API").version("v1")
                        .description("Alles wat een scherm kan, als JSON. Vraag een token aan met POST /api/v1/tokens "
                                + "(HTTP Basic, en X-TOTP bij tweestapsverificatie) en stuur het mee als "
                                + "Authorization: Bearer. Fouten zijn RFC 9457-problemen met een vaste code.")
                        .license(new License().name("EUPL-1.2")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
