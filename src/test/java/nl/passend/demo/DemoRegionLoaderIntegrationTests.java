package nl.passend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.passend.PassendApplication;
import nl.passend.support.Api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The demo loader writes a region the application can use, and a second run adds nothing. Runs in
 * its own application with its own database: no other test sees demo data.
 */
class DemoRegionLoaderIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void loadsAUsableRegionOnceOnly() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PassendApplication.class)
                .profiles("test")
                .run("--passend.embedded-db.data-dir=" + dataDir.resolve("postgres"), "--server.port=0",
                        "--passend.demo.enabled=true")) {
            Api api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            String ib = api.requestToken("ib.nk", "passend-demo", null).body().get("token").asString();

            JsonNode scholen = api.get("/api/v1/scholen", ib).body();
            JsonNode me = api.get("/api/v1/me", ib).body();
            JsonNode sbo = api.get("/api/v1/scholen?soort=SBO", ib).body();
            String teldatum = api.get("/api/v1/leerlingtellingen", ib).body().get(0).get("teldatum").asString();
            int pupils = 0;
            for (JsonNode telling : api.get("/api/v1/leerlingtellingen?teldatum=" + teldatum, ib).body()) {
                pupils += telling.get("aantal").asInt();
            }

            assertThat(scholen.size()).isEqualTo(102);
            assertThat(sbo.size()).isEqualTo(3);
            assertThat(me.get("tenant").get("administratienummer").asString()).isEqualTo("PO2991");
            assertThat(me.get("roles").get(0).get("role").asString()).isEqualTo("IB");
            assertThat(pupils).isBetween(19_950, 22_050);
            assertThat(api.requestToken("ib.zd", "passend-demo", null).status()).isEqualTo(201);

            app.getBean(DemoRegionLoader.class).run(null);

            assertThat(api.get("/api/v1/scholen", ib).body().size()).isEqualTo(102);
        }
    }
}
