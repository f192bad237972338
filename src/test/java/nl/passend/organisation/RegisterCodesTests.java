package nl.passend.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisterCodesTests {

    @Test
    void readsAdministratienummerAsPeopleTypeIt() {
        assertThat(RegisterCodes.administratienummer("PO 24-01")).isEqualTo("PO2401");
        assertThat(RegisterCodes.administratienummer("po-24-01")).isEqualTo("PO2401");
        assertThat(RegisterCodes.administratienummer("VO2401")).matches(RegisterCodes.ADMINISTRATIENUMMER);
        assertThat(RegisterCodes.administratienummer("PO 24-1")).doesNotMatch(RegisterCodes.ADMINISTRATIENUMMER);
    }

    @Test
    void readsCbsCodeWithOrWithoutGmPrefix() {
        assertThat(RegisterCodes.cbsCode("GM0361")).isEqualTo("0361");
        assertThat(RegisterCodes.cbsCode(" 0361 ")).isEqualTo("0361");
        assertThat(RegisterCodes.cbsCode("gm 0361")).isEqualTo("0361");
    }

    @Test
    void brinIsTwoDigitsAndTwoLetters() {
        assertThat(RegisterCodes.compact("12ab")).matches(RegisterCodes.BRIN);
        assertThat("1ABC").doesNotMatch(RegisterCodes.BRIN);
        assertThat("12A1").doesNotMatch(RegisterCodes.BRIN);
        assertThat("00").matches(RegisterCodes.VESTIGINGSNUMMER);
        assertThat("0").doesNotMatch(RegisterCodes.VESTIGINGSNUMMER);
    }

    @Test
    void checksIbanWithMod97() {
        assertThat(RegisterCodes.isValidIban("NL91ABNA0417164300")).isTrue();
        assertThat(RegisterCodes.isValidIban(RegisterCodes.compact("nl91 abna 0417 1643 00"))).isTrue();
        assertThat(RegisterCodes.isValidIban("NL92ABNA0417164300")).isFalse();
        assertThat(RegisterCodes.isValidIban("NL91ABNA041716430")).isFalse();
        assertThat(RegisterCodes.isValidIban(null)).isFalse();
    }

    @Test
    void emptyTextBecomesNothing() {
        assertThat(RegisterCodes.trimToNull("   ")).isNull();
        assertThat(RegisterCodes.trimToNull(" De Duinroos ")).isEqualTo("De Duinroos");
    }
}
