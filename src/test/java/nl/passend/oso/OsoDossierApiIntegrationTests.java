package nl.passend.oso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.passend.organisation.SchoolService;
import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A school system posts OSO dossiers as XML to /api/v1/oso-dossiers: preview, refusal, import, repeat. */
@PassendIntegrationTest
class OsoDossierApiIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired SchoolService scholen;
    @LocalServerPort int port;

    private record Answer(int status, JsonNode body, String raw) {
    }

    private Answer post(String query, String token, byte[] xml) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/oso-dossiers" + query))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xml)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JsonMapper.builder().build().readTree(response.body()), response.body());
    }

    @Test
    void previewsRefusesImportsAndRepeatsWithoutDuplicates() throws Exception {
        OsoWorld w = new OsoWorld(fixtures, scholen);
        String token = new Api(port).token(w.ib);

        Answer preview = post("", token, OsoFiles.own("dossier-compleet.xml"));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().get("leerling").get("achternaam").asString()).isEqualTo("Testjansma");
        assertThat(preview.body().get("school").get("brin").asString()).isEqualTo("99XA");
        assertThat(preview.raw()).doesNotContain("0612345000").doesNotContain("Geheimestraat");

        Answer bsn = post("?bevestig=true", token, OsoFiles.own("dossier-bsn.xml"));
        assertThat(bsn.status()).isEqualTo(422);
        assertThat(bsn.body().get("code").asString()).isEqualTo("oso-verboden-gegeven");
        assertThat(bsn.body().get("detail").asString()).contains("bsn");
        assertThat(bsn.raw()).doesNotContain("999990019");

        Answer broken = post("", token, OsoFiles.own("dossier-niet-welgevormd.xml"));
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.body().get("code").asString()).isEqualTo("oso-niet-welgevormd");

        Answer created = post("?bevestig=true", token, OsoFiles.own("dossier-compleet.xml"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("aanvraagId").isNull()).isFalse();
        Answer repeated = post("?bevestig=true", token, OsoFiles.own("dossier-compleet.xml"));
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body().get("alreadyImported").asBoolean()).isTrue();
        assertThat(repeated.body().get("leerlingId").asString()).isEqualTo(created.body().get("leerlingId").asString());
    }

    @Test
    void refusesADossierOverTenMegabytes() throws Exception {
        OsoWorld w = new OsoWorld(fixtures, scholen);
        String token = new Api(port).token(w.ib);
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');

        Answer answer = post("?bevestig=true", token, big);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("code").asString()).isEqualTo("oso-te-groot");
    }
}
