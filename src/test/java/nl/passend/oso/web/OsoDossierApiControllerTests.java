package nl.passend.oso.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import nl.passend.oso.OsoImportService;
import nl.passend.shared.PassendException;

import org.junit.jupiter.api.Test;

/** The API reads an OSO body no further than the 10 MB limit. */
class OsoDossierApiControllerTests {

    /** An endless body that counts what was read from it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            read += len;
            return len;
        }
    }

    @Test
    void stopsReadingJustPastTheLimitAndRefusesTheDossier() {
        Endless body = new Endless();

        assertThatThrownBy(() -> OsoDossierApiController.read(body))
                .isInstanceOf(PassendException.RuleViolation.class).hasMessage("oso-te-groot");
        assertThat(body.read).isEqualTo(OsoImportService.MAX_XML_BYTES + 1L);
    }

    @Test
    void readsABodyUpToTheLimit() throws Exception {
        byte[] xml = new byte[OsoImportService.MAX_XML_BYTES];

        assertThat(OsoDossierApiController.read(new ByteArrayInputStream(xml))).hasSize(xml.length);
    }
}
