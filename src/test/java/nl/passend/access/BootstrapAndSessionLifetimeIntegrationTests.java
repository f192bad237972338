package nl.passend.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.passend.PassendApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh installation with a bootstrap platform account (whose password the operator chose) and a
 * session lifetime of zero hours: the account must pick its own password, and no session outlives
 * its maximum age however active it is. Runs its own application and database.
 */
class BootstrapAndSessionLifetimeIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dataDir;

    @Test
    void bootstrapAccountMustChangeItsPasswordAndSessionsEndAtTheirMaximumAge() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PassendApplication.class)
                .profiles("test")
                .run("--passend.embedded-db.data-dir=" + dataDir.resolve("postgres"), "--server.port=0",
                        "--passend.platform.bootstrap-username=opstart",
                        "--passend.platform.bootstrap-password=door-de-beheerder-gekozen",
                        "--passend.security.session-max-hours=0")) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

            String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(loginPage);
            assertThat(csrf.find()).isTrue();
            String form = "username=opstart&password=door-de-beheerder-gekozen&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/account/wachtwoord"));

            HttpResponse<String> next = browser.send(HttpRequest.newBuilder(URI.create(base + "/account/wachtwoord"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login?opnieuw"));
        }
    }
}
