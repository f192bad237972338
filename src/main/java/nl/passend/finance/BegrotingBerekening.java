package nl.passend.finance;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import nl.passend.finance.calc.BegrotingCalculator;
import nl.passend.finance.calc.BegrotingInvoer;
import nl.passend.finance.calc.BegrotingJaar;
import nl.passend.finance.calc.Meerjarenbegroting;
import nl.passend.finance.calc.NormbedragWaarde;
import nl.passend.finance.calc.PostBedrag;
import nl.passend.finance.calc.Prognose;
import nl.passend.finance.calc.SchoolTelling;
import nl.passend.finance.calc.Subsidie;
import nl.passend.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers what a begroting is computed from (the model's components and the school counts it was
 * adopted on, the amounts of every year, the subsidies, the prognoses and scenarios), runs the pure
 * {@link BegrotingCalculator}, prefills the prognoses of a new begroting, and freezes the base lines
 * and the computation of a begroting being vastgesteld. The acts live in {@link BegrotingService}.
 */
@Component
class BegrotingBerekening {

    private final JdbcClient jdbc;
    private final VerdeelmodelStore modellen;
    private final VerdeelmodelVerdeling verdelingen;
    private final NormbedragService normbedragen;
    private final BekostigingstellingService tellingen;
    private final SubsidieService subsidies;
    private final JsonMapper json;
    private final BerekeningStore berekeningen;

    BegrotingBerekening(JdbcClient jdbc, VerdeelmodelStore modellen, VerdeelmodelVerdeling verdelingen,
                        NormbedragService normbedragen, BekostigingstellingService tellingen,
                        SubsidieService subsidies, JsonMapper json, BerekeningStore berekeningen) {
        this.jdbc = jdbc;
        this.modellen = modellen;
        this.verdelingen = verdelingen;
        this.normbedragen = normbedragen;
        this.tellingen = tellingen;
        this.subsidies = subsidies;
        this.json = json;
        this.berekeningen = berekeningen;
    }

    /** The meerjarenbegroting, base first and every scenario, with the amounts known today. */
    Meerjarenbegroting compute(CurrentUser user, Begroting b) {
        UUID swv = user.requireTenant();
        Verdeelmodel model = modellen.get(swv, b.verdeelmodelId());
        List<NormbedragWaarde> amounts = normbedragen.jaren(user).stream()
                .flatMap(jaar -> normbedragen.current(user, jaar).stream()).toList();
        Map<Integer, List<Subsidie>> perJaar = new LinkedHashMap<>();
        for (int jaar : b.jaren()) {
            perJaar.put(jaar, subsidies.subsidies(user, jaar));
        }
        BegrotingInvoer invoer = new BegrotingInvoer(b.jaar(), b.indexatiePercentage(), amounts, b.prognoses(), perJaar,
                model.componenten().stream().map(VerdeelmodelComponent::toCalc).toList(),
                scholen(user, model),
                b.scenarios().stream().map(BegrotingScenario::toCalc).toList());
        return BegrotingCalculator.bereken(invoer);
    }

    /**
     * The school counts the model's allocation was adopted on (stored with it at vaststellen), so the
     * first year's base result is the model's rest whatever counts changed since. A model that is not
     * adopted (a begroting refers to a vastgesteld one) has none stored: its counts are read now.
     */
    private List<SchoolTelling> scholen(CurrentUser user, Verdeelmodel model) {
        return model.status().isAdopted() ? verdelingen.stored(user, model).tellingen()
                : verdelingen.schoolCounts(user, model.teldatum()).tellingen();
    }

    /**
     * The counts of the latest bekostigingstelling, for every year of the begroting: per kind the count
     * for all ages where there is one, otherwise the sum of its age bands (derived and DUO counts carry
     * both, and adding them up would count every pupil twice).
     */
    List<Prognose> prefill(CurrentUser user, int jaar) {
        List<LocalDate> teldata = tellingen.teldata(user);
        if (teldata.isEmpty()) {
            return List.of();
        }
        Map<TelSoort, Integer> alle = new EnumMap<>(TelSoort.class);
        Map<TelSoort, Integer> banden = new EnumMap<>(TelSoort.class);
        tellingen.list(user, teldata.get(0)).forEach(t -> (t.leeftijdsklasse() == Leeftijdsklasse.ALLE ? alle : banden)
                .merge(t.soort(), t.aantal(), Integer::sum));
        Map<TelSoort, Integer> latest = new EnumMap<>(banden);
        latest.putAll(alle);
        return IntStream.rangeClosed(jaar, jaar + 3).boxed()
                .flatMap(j -> latest.entrySet().stream().map(e -> new Prognose(j, e.getKey(), e.getValue())))
                .toList();
    }

    /**
     * Freezes the base lines of all four years with their derivation in begroting_regel and stores the
     * computation (berekening BEGROTING) with the normbedrag versions it used; returns the berekening id.
     */
    UUID store(CurrentUser user, Begroting b, Meerjarenbegroting result) {
        UUID swv = user.requireTenant();
        UUID id = b.id();
        Set<UUID> normbedragIds = new LinkedHashSet<>();
        for (BegrotingJaar jaar : result.basis().jaren()) {
            for (PostBedrag regel : jaar.regels()) {
                jdbc.sql("""
                        INSERT INTO begroting_regel (swv_id, begroting_id, jaar, post, bedrag, afleiding)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(swv, id, jaar.jaar(), regel.post().name(), regel.bedrag(),
                                regel.afleiding() == null || regel.afleiding().isBlank() ? "-" : regel.afleiding())
                        .update();
            }
            if (jaar.batenBerekening() != null) {
                normbedragIds.addAll(jaar.batenBerekening().normbedragIds());
            }
        }
        Map<String, Object> uitkomst = new LinkedHashMap<>();
        uitkomst.put("begrotingId", id);
        uitkomst.put("verdeelmodelId", b.verdeelmodelId());
        uitkomst.put("meerjarenbegroting", result);
        return berekeningen.insert(user, "BEGROTING", b.jaar(), normbedragIds, json.writeValueAsString(uitkomst));
    }
}
