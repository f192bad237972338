package nl.passend.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test set-up: the whole application on a random loopback port against the embedded
 * PostgreSQL, with MockMvc. Every integration test uses exactly this, so the context (and the
 * database) is started once per run. Tests build their data with {@link Fixtures} and {@link TlvWorld}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({Fixtures.class, TlvWorld.TlvServices.class})
public @interface PassendIntegrationTest {
}
