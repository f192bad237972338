package nl.passend.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.passend.finance.calc.Cents;
import nl.passend.finance.calc.ComponentUitkomst;
import nl.passend.finance.calc.OntvangerSoort;
import nl.passend.finance.calc.SchoolTelling;
import nl.passend.finance.calc.Toedeling;
import nl.passend.finance.calc.Verdeling;

/**
 * The allocation of a verdeelmodel with what it was computed from: the available amount and its
 * source ({@link Bron#BATEN}: the netto ontvangst of the model's year, with the normbedrag versions
 * used; {@link Bron#HANDMATIG}: entered by the controller), the BAO counts on the teldatum and the BAO
 * schools that had no count (taken as 0). {@code berekeningId}/{@code berekendOp} are set when it is
 * the computation stored at vaststellen.
 */
public record VerdeelmodelUitkomst(UUID verdeelmodelId, int versie, BigDecimal beschikbaar, Bron bron,
                                   LocalDate teldatum, List<SchoolTelling> tellingen,
                                   List<UUID> scholenZonderTelling, List<UUID> normbedragIds, Verdeling verdeling,
                                   UUID berekeningId, OffsetDateTime berekendOp) {

    /** Where the available amount came from. */
    public enum Bron { BATEN, HANDMATIG }

    public VerdeelmodelUitkomst {
        tellingen = List.copyOf(tellingen);
        scholenZonderTelling = List.copyOf(scholenZonderTelling);
        normbedragIds = List.copyOf(normbedragIds);
    }

    VerdeelmodelUitkomst stored(UUID id, OffsetDateTime at) {
        return new VerdeelmodelUitkomst(verdeelmodelId, versie, beschikbaar, bron, teldatum, tellingen,
                scholenZonderTelling, normbedragIds, verdeling, id, at);
    }

    /** The yearly amount per bestuur (over all components). */
    public Map<UUID, BigDecimal> perBestuur() {
        return verdeling.perBestuur();
    }

    /** The yearly amount per werkgebied (werkgebied budgets after the frictie reserve). */
    public Map<UUID, BigDecimal> perWerkgebied() {
        return sum(OntvangerSoort.WERKGEBIED);
    }

    /** The frictie reserve held back from the werkgebied budgets. */
    public BigDecimal frictiereserve() {
        return sum(OntvangerSoort.FRICTIERESERVE).values().stream().reduce(Cents.zero(), BigDecimal::add);
    }

    /** Central posts and the groeiregeling, per post. */
    public Map<Begrotingspost, BigDecimal> centraalPerPost() {
        Map<Begrotingspost, BigDecimal> result = new LinkedHashMap<>();
        for (ComponentUitkomst c : verdeling.componenten()) {
            for (Toedeling t : c.toedelingen()) {
                if (t.soort() == OntvangerSoort.CENTRAAL) {
                    result.merge(c.component().post(), t.bedrag(), BigDecimal::add);
                }
            }
        }
        return result;
    }

    /** Sum of the parts to besturen. */
    public BigDecimal totaalBesturen() {
        return perBestuur().values().stream().reduce(Cents.zero(), BigDecimal::add);
    }

    /** Sum of the parts to werkgebieden. */
    public BigDecimal totaalWerkgebieden() {
        return perWerkgebied().values().stream().reduce(Cents.zero(), BigDecimal::add);
    }

    /** Sum of the central parts. */
    public BigDecimal totaalCentraal() {
        return centraalPerPost().values().stream().reduce(Cents.zero(), BigDecimal::add);
    }

    private Map<UUID, BigDecimal> sum(OntvangerSoort soort) {
        Map<UUID, BigDecimal> result = new LinkedHashMap<>();
        for (ComponentUitkomst c : verdeling.componenten()) {
            for (Toedeling t : c.toedelingen()) {
                if (t.soort() == soort) {
                    // FRICTIERESERVE has no receiver id; a LinkedHashMap takes the null key.
                    result.merge(t.ontvangerId(), t.bedrag(), BigDecimal::add);
                }
            }
        }
        return result;
    }
}
