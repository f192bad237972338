package nl.passend.arrangement;

import java.time.LocalDate;
import java.util.UUID;

/** An evaluation moment agreed in the MDO; once the arrangement runs it is a deadline until evaluated. */
public record Evaluatiemoment(UUID id, UUID aanvraagId, LocalDate datum, boolean geevalueerd) {
}
