package nl.passend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.passend.organisation.SchoolSoort;
import nl.passend.organisation.TelBron;
import nl.passend.organisation.TelStatus;
import nl.passend.shared.security.Role;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * All UI text lives in the message bundles: every key a template or the code uses exists, and no
 * template shows literal text of its own.
 */
class MessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    private static final List<Pattern> CODE_KEYS = List.of(
            Pattern.compile("new NavItem\\(\"([^\"]+)\""),
            Pattern.compile("addFlashAttribute\\(\"message\", \"([^\"]+)\"\\)"),
            Pattern.compile("getMessage\\(\"([^\"]+)\"\\s*[,)]"));
    private static final Pattern ERROR_CODE = Pattern.compile(
            "new PassendException\\.\\w+\\(\"([a-z0-9-]+)\"");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder");
    private static Properties messages;

    @BeforeAll
    static void load() throws IOException {
        messages = new Properties();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".properties"))
                    .filter(f -> f.getFileName().toString().startsWith("messages") || f.getParent().endsWith("i18n"))
                    .toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
            }
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyAndErrorCodeUsedInCodeExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path source : javaSources()) {
            String code = Files.readString(source);
            for (Pattern pattern : CODE_KEYS) {
                Matcher m = pattern.matcher(code);
                while (m.find()) {
                    if (!messages.containsKey(m.group(1))) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
            Matcher m = ERROR_CODE.matcher(code);
            while (m.find()) {
                if (!messages.containsKey("error." + m.group(1))) {
                    missing.add(source.getFileName() + ": error." + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownInTheUiHasLabels() {
        List<String> keys = new ArrayList<>();
        for (Role role : Role.values()) {
            keys.add("role." + role.name());
            keys.add("role." + role.name() + ".description");
        }
        for (SchoolSoort soort : SchoolSoort.values()) {
            keys.add("school.soort." + soort.name());
        }
        for (TelBron bron : TelBron.values()) {
            keys.add("leerlingtelling.bron." + bron.name());
        }
        for (TelStatus status : TelStatus.values()) {
            keys.add("leerlingtelling.status." + status.name());
        }
        for (String outcome : List.of("SUCCESS", "DENIED", "FAILURE")) {
            keys.add("audit.outcome." + outcome);
        }
        assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template));
            for (Element element : document.getAllElements()) {
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:errors")
                        || element.parents().stream().anyMatch(p -> p.hasAttr("th:text") || p.hasAttr("th:utext")
                        || p.hasAttr("th:replace"))
                        || element.hasAttr("th:replace");
                if (!replaced && element.ownText().codePoints().anyMatch(Character::isLetter)) {
                    literal.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + element.ownText());
                }
                for (Attribute attribute : element.attributes()) {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey())) {
                        literal.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=" + attribute.getValue());
                    }
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    @Test
    void bundleTextsAreNotEmpty() {
        assertThat(messages.stringPropertyNames()).allSatisfy(key ->
                assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }
}
