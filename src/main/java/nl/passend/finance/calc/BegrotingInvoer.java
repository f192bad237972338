package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything a (meerjaren)begroting for {@code jaar} .. {@code jaar + 3} is computed from:
 * the begroting's indexation percentage per year, all known normbedragen (any years; missing years are
 * indexed from the latest known year), the forecast counts per year, the earmarked subsidies per year
 * (missing year = none), the verdeelmodel's components (valid for {@code jaar}), the schools with their
 * BAO pupils on the model's teldatum, and the scenarios (without the base; the base is always computed).
 */
public record BegrotingInvoer(int jaar, BigDecimal indexatiePercentage, List<NormbedragWaarde> normbedragen,
        List<Prognose> prognoses, Map<Integer, List<Subsidie>> subsidies, List<ModelComponent> componenten,
        List<SchoolTelling> scholen, List<Scenario> scenarios) {

    public BegrotingInvoer {
        normbedragen = List.copyOf(normbedragen);
        prognoses = List.copyOf(prognoses);
        subsidies = Map.copyOf(subsidies);
        componenten = List.copyOf(componenten);
        scholen = List.copyOf(scholen);
        scenarios = List.copyOf(scenarios);
    }
}
