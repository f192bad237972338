package nl.passend.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.passend.finance.calc.BatenBerekening;
import nl.passend.finance.calc.Cents;
import nl.passend.finance.calc.SchoolTelling;
import nl.passend.finance.calc.VerdeelCalculator;
import nl.passend.finance.calc.Verdeling;
import nl.passend.organisation.Leerlingtelling;
import nl.passend.organisation.LeerlingtellingFilter;
import nl.passend.organisation.LeerlingtellingService;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolFilter;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers what a verdeelmodel's allocation is computed from (available amount, BAO counts on the
 * teldatum), runs the pure {@link VerdeelCalculator}, and stores / reads the computation of a
 * vastgesteld model in {@code berekening} (soort VERDELING), so a past allocation reads back exactly
 * as it was adopted, whatever counts or schools changed since.
 */
@Component
class VerdeelmodelVerdeling {

    private final JdbcClient jdbc;
    private final BatenService baten;
    private final SchoolService scholen;
    private final LeerlingtellingService tellingen;
    private final JsonMapper json;
    private final BerekeningStore berekeningen;

    VerdeelmodelVerdeling(JdbcClient jdbc, BatenService baten, SchoolService scholen, LeerlingtellingService tellingen,
                          JsonMapper json, BerekeningStore berekeningen) {
        this.jdbc = jdbc;
        this.baten = baten;
        this.scholen = scholen;
        this.tellingen = tellingen;
        this.json = json;
        this.berekeningen = berekeningen;
    }

    /**
     * Computes the allocation now. Without {@code beschikbaar} the available amount is the netto
     * ontvangst of the model's year; when that cannot be computed, its refusal (e.g. a missing
     * normbedrag or count) reaches the user, who may enter the amount instead.
     */
    VerdeelmodelUitkomst compute(CurrentUser user, Verdeelmodel model, BigDecimal beschikbaar) {
        VerdeelmodelUitkomst.Bron bron;
        List<UUID> normbedragIds;
        BigDecimal amount;
        if (beschikbaar != null) {
            bron = VerdeelmodelUitkomst.Bron.HANDMATIG;
            normbedragIds = List.of();
            amount = Cents.of(beschikbaar);
        } else {
            BatenBerekening b = baten.bereken(user, model.jaar());
            bron = VerdeelmodelUitkomst.Bron.BATEN;
            normbedragIds = b.normbedragIds();
            amount = b.nettoOntvangst();
        }
        SchoolCounts counts = schoolCounts(user, model.teldatum());
        Verdeling verdeling = VerdeelCalculator.verdeel(amount,
                model.componenten().stream().map(VerdeelmodelComponent::toCalc).toList(), counts.tellingen());
        return new VerdeelmodelUitkomst(model.id(), model.versie(), amount, bron, model.teldatum(), counts.tellingen(),
                counts.zonderTelling(), normbedragIds, verdeling, null, null);
    }

    /** The schools with their counts on a teldatum, and the BAO schools that have none there. */
    record SchoolCounts(List<SchoolTelling> tellingen, List<UUID> zonderTelling) {
    }

    /** Every school with its count on the teldatum; BAO schools without a count take part with 0. */
    SchoolCounts schoolCounts(CurrentUser user, LocalDate teldatum) {
        List<SchoolTelling> counts = new ArrayList<>();
        List<UUID> withoutCount = new ArrayList<>();
        Map<UUID, Integer> perSchool = tellingen.list(user, new LeerlingtellingFilter(null, teldatum)).stream()
                .collect(Collectors.toMap(Leerlingtelling::schoolId, Leerlingtelling::aantal, Integer::sum));
        for (School s : scholen.list(user, SchoolFilter.all())) {
            Integer aantal = perSchool.get(s.id());
            boolean regulier = s.soort() == SchoolSoort.BAO;
            if (aantal == null && regulier) {
                withoutCount.add(s.id());
            }
            if (aantal != null || regulier) {
                counts.add(new SchoolTelling(s.id(), s.bestuurId(), s.werkgebiedId(), regulier,
                        aantal == null ? 0 : aantal));
            }
        }
        return new SchoolCounts(counts, withoutCount);
    }

    /** Stores the computation of a model being vastgesteld; returns the berekening id. */
    UUID store(CurrentUser user, Verdeelmodel model, VerdeelmodelUitkomst uitkomst) {
        return berekeningen.insert(user, "VERDELING", model.jaar(), uitkomst.normbedragIds(),
                json.writeValueAsString(uitkomst));
    }

    /** The computation stored when the model was vastgesteld. */
    VerdeelmodelUitkomst stored(CurrentUser user, Verdeelmodel model) {
        record Row(UUID id, String uitkomst, OffsetDateTime createdAt) {
        }
        Row row = jdbc.sql("""
                        SELECT id, uitkomst::text AS uitkomst, created_at FROM berekening
                         WHERE swv_id = ? AND soort = 'VERDELING' AND uitkomst ->> 'verdeelmodelId' = ?
                         ORDER BY created_at DESC LIMIT 1""")
                .params(user.requireTenant(), model.id().toString())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("uitkomst"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional()
                .orElseThrow(() -> new PassendException.NotFound("verdeelmodel-verdeling-niet-opgeslagen"));
        return json.readValue(row.uitkomst(), VerdeelmodelUitkomst.class).stored(row.id(), row.createdAt());
    }
}
