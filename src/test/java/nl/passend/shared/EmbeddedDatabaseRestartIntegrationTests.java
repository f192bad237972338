package nl.passend.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import nl.passend.PassendApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded database keeps its data in the configured directory across a restart. */
class EmbeddedDatabaseRestartIntegrationTests {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PassendApplication.class)
                .profiles("test")
                .run("--passend.embedded-db.data-dir=" + dataDir.resolve("postgres"), "--server.port=0");
    }

    @Test
    void dataSurvivesARestart() {
        String nummer = "PO%04d".formatted(Math.floorMod(UUID.randomUUID().hashCode(), 10_000));
        try (ConfigurableApplicationContext first = start()) {
            UUID id = UUID.randomUUID();
            var tx = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));
            TenantContext.runAs(id, () -> tx.executeWithoutResult(status -> first.getBean(JdbcClient.class)
                    .sql("INSERT INTO swv (id, naam, administratienummer, sector) VALUES (?, 'Blijvend', ?, 'PO')")
                    .params(id, nummer).update()));
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            Boolean found = second.getBean(JdbcClient.class)
                    .sql("SELECT swv_number_taken(?)").param(nummer).query(Boolean.class).single();
            assertThat(found).isTrue();
        }
    }
}
