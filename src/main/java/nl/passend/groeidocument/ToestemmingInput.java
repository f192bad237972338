package nl.passend.groeidocument;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A consent or refusal to record. {@code onderwerpId}: the attachment id for BIJLAGE, the OPP id for
 * OPP_HANDELINGSDEEL, null (or the groeidocument version id) for GROEIDOCUMENT. {@code ontvanger} is
 * required except for OPP_HANDELINGSDEEL. {@code door}: the parent's name as typed (ignored when a parent
 * records it: then the parent's account). {@code op}: the date given (null: today). {@code bron}: null means UI.
 */
public record ToestemmingInput(@NotNull UUID leerlingId, @NotNull ToestemmingOnderwerp onderwerp, UUID onderwerpId,
                               Ontvanger ontvanger, boolean gegeven, @Size(max = 2000) String reden,
                               @Size(max = 200) String door, LocalDate op, ToestemmingBron bron) {

    @Override
    public String toString() {
        return "ToestemmingInput[" + onderwerp + ", " + ontvanger + ", " + gegeven + "]";
    }
}
