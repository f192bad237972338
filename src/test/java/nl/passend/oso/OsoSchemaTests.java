package nl.passend.oso;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;

/** Our own test dossiers and the shared example are valid against the shared OSO 2019.1 schema. */
class OsoSchemaTests {

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        schema = factory.newSchema(OsoFiles.shared(OsoFiles.SCHEMA).toFile());
    }

    private static void validate(byte[] xml) throws Exception {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier-compleet.xml", "dossier-opt-out.xml", "dossier-school-onbekend.xml",
            "dossier-bsn.xml"})
    void ownDossiersAreSchemaValid(String name) {
        // The bsn dossier is schema-valid on purpose: OSO allows a bsn, an SWV dossier must not carry one.
        assertThatCode(() -> validate(OsoFiles.own(name))).doesNotThrowAnyException();
    }

    @Test
    void sharedExampleIsSchemaValid() {
        assertThatCode(() -> validate(OsoFiles.sharedBytes(OsoFiles.EXAMPLE))).doesNotThrowAnyException();
    }

    @Test
    void brokenDossierIsNotSchemaValid() {
        assertThatThrownBy(() -> validate(OsoFiles.own("dossier-niet-welgevormd.xml"))).isInstanceOf(SAXException.class);
    }
}
