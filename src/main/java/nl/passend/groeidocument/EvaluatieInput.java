package nl.passend.groeidocument;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An OPP evaluation to record: date, who took part (parents, pupil, others) and the outcome. */
public record EvaluatieInput(@NotNull LocalDate datum, boolean metOuders, boolean metLeerling,
                             @Size(max = 500) String anderen, @NotBlank @Size(max = 10000) String uitkomst) {

    @Override
    public String toString() {
        return "EvaluatieInput[" + datum + "]";
    }
}
