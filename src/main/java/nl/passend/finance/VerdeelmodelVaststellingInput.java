package nl.passend.finance;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * Adopting a verdeelmodel. The available amount is the netto ontvangst of the model's year computed
 * from the baten; {@code beschikbaar} replaces it only when the controller enters it (recorded as
 * entered by hand in the stored computation), e.g. while the baten cannot yet be computed.
 */
public class VerdeelmodelVaststellingInput {

    @DecimalMin("0.00")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal beschikbaar;
    private Integer version;

    public BigDecimal getBeschikbaar() {
        return beschikbaar;
    }

    public void setBeschikbaar(BigDecimal beschikbaar) {
        this.beschikbaar = beschikbaar;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
