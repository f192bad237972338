package nl.passend.groeidocument;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The content of an OPP (WPO art. 40a): the date of enrolment (the 6-week term runs from it), the
 * uitstroombestemming with its grounds, the support, deviations from the programme, the pupil's view and
 * how it was weighed (hoorrecht), and the handelingsdeel. Redacts itself in {@link #toString()}.
 */
public record OppInput(@NotNull LocalDate ingeschrevenOp, @Size(max = 500) String uitstroombestemming,
                       @Size(max = 10000) String onderbouwing, @Size(max = 10000) String ondersteuning,
                       @Size(max = 10000) String afwijkingen, @Size(max = 10000) String visieLeerling,
                       @Size(max = 10000) String wegingVisie, @Size(max = 10000) String handelingsdeel) {

    @Override
    public String toString() {
        return "OppInput[redacted]";
    }
}
