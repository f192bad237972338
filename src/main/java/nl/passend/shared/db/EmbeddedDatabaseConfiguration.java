package nl.passend.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Runs PostgreSQL 17 inside the application for development, the demo and the tests, so nothing
 * has to be installed. It sets up the same two roles production has: {@code passend_owner} owns the
 * schema and runs Flyway; {@code passend_app} is what the application connects as, so row-level
 * security applies. Listens on loopback only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passend.embedded-db.enabled", havingValue = "true")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "passend";
    static final String OWNER = "passend_owner";
    static final String APP = "passend_app";
    private static final String LOCAL_PASSWORD = "passend-local";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${passend.embedded-db.data-dir:}") String dataDir,
                                      @Value("${passend.embedded-db.port:0}") int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "60")
                .setLocaleConfig("encoding", "UTF8");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDir != null && !dataDir.isBlank()) {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        bootstrap(postgres);
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{}", postgres.getPort());
        return postgres;
    }

    /** Creates the roles and the database once; a restart on the same data directory keeps them. */
    private static void bootstrap(EmbeddedPostgres postgres) {
        try (Connection con = postgres.getPostgresDatabase().getConnection(); Statement st = con.createStatement()) {
            st.execute("DO $$ BEGIN "
                    + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + OWNER + "') THEN "
                    + "CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + LOCAL_PASSWORD + "'; END IF; "
                    + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + APP + "') THEN "
                    + "CREATE ROLE " + APP + " LOGIN PASSWORD '" + LOCAL_PASSWORD + "'; END IF; END $$");
            var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
        try (Connection con = postgres.getDatabase("postgres", DATABASE).getConnection();
             Statement st = con.createStatement()) {
            st.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            st.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    private static String url(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedPostgres postgres,
                                @Value("${passend.embedded-db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(postgres));
        config.setUsername(APP);
        config.setPassword(LOCAL_PASSWORD);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("passend");
        return new HikariDataSource(config);
    }

    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgres postgres) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url(postgres), OWNER, LOCAL_PASSWORD);
    }
}
