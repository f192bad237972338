package nl.passend.finance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Verdeelmodel: how an SWV allocates its available budget of a year (the netto ontvangst after the
 * verrekening) to schoolbesturen, werkgebieden and central posts; part of the ondersteuningsplan
 * (WPO art. 18a), adopted after the OPR's consent. Versioned per year: a newer vastgesteld version
 * replaces the older one from its {@code geldigVanaf}. {@code version} is the optimistic lock.
 */
public record Verdeelmodel(UUID id, int jaar, int versie, String naam, VerdeelmodelStatus status,
                           LocalDate teldatum, LocalDate geldigVanaf, LocalDate oprInstemmingOp, String oprKenmerk,
                           OffsetDateTime vastgesteldOp, UUID vastgesteldDoor, UUID vervangtId, int version,
                           List<VerdeelmodelComponent> componenten) {

    public Verdeelmodel {
        componenten = componenten == null ? List.of() : List.copyOf(componenten);
    }

    Verdeelmodel withComponenten(List<VerdeelmodelComponent> list) {
        return new Verdeelmodel(id, jaar, versie, naam, status, teldatum, geldigVanaf, oprInstemmingOp, oprKenmerk,
                vastgesteldOp, vastgesteldDoor, vervangtId, version, list);
    }
}
