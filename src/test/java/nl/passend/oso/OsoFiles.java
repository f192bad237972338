package nl.passend.oso;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test dossiers: our own under {@code src/test/resources/oso/}, and the shared OSO schema and
 * example beside the clone in {@code ../shared/fixtures/oso} (never copied into the project). A missing
 * shared folder fails the test loudly: CI must run with ../shared checked out.
 */
final class OsoFiles {

    static final Path SHARED = Path.of(System.getProperty("user.dir")).resolve("../shared/fixtures/oso").normalize();
    static final String SCHEMA = "OSO_gegevensset_2019.1.xsd";
    static final String EXAMPLE = "Voorbeelddossier_PaO_POSWV_full.xml";

    private OsoFiles() {
    }

    static byte[] own(String name) {
        try (InputStream in = OsoFiles.class.getResourceAsStream("/oso/" + name)) {
            if (in == null) {
                throw new AssertionError("Test dossier missing: src/test/resources/oso/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ownText(String name) {
        return new String(own(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    static Path shared(String name) {
        Path file = SHARED.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("Shared OSO fixture missing: " + file + " (check out ../shared beside the project)");
        }
        return file;
    }

    static byte[] sharedBytes(String name) {
        try {
            return Files.readAllBytes(shared(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
