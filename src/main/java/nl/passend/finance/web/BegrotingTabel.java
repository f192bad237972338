package nl.passend.finance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.passend.finance.Begroting;
import nl.passend.finance.BegrotingRegel;
import nl.passend.finance.Begrotingspost;
import nl.passend.finance.calc.BegrotingJaar;
import nl.passend.finance.calc.Cents;
import nl.passend.finance.calc.ScenarioBegroting;

/**
 * One scenario of a begroting as a table: years as columns, posts as rows (baten, then lasten), with
 * the totals baten, lasten and resultaat per year. The totals are sums of the rows shown, so the
 * table adds up as printed.
 */
public record BegrotingTabel(String naam, boolean basis, List<Integer> jaren, List<Rij> baten, List<BigDecimal> totaalBaten,
                      List<Rij> lasten, List<BigDecimal> totaalLasten, List<BigDecimal> resultaat) {

    /** All rows, baten first. */
    public List<Rij> rijen() {
        List<Rij> all = new ArrayList<>(baten);
        all.addAll(lasten);
        return all;
    }

    /** A post with its amount and derivation per year. */
    public record Rij(Begrotingspost post, List<BigDecimal> bedragen, List<String> afleidingen) {
    }

    static BegrotingTabel of(ScenarioBegroting s) {
        List<Integer> jaren = s.jaren().stream().map(BegrotingJaar::jaar).toList();
        return build(s.scenario().naam(), s.scenario().isBasis(), jaren, (jaar, post) -> {
            var regel = s.jaar(jaar).regels().stream().filter(r -> r.post() == post).findFirst();
            return new Cel(regel.map(r -> r.bedrag()).orElse(Cents.zero()), regel.map(r -> r.afleiding()).orElse(null));
        });
    }

    /** The frozen base lines of a vastgestelde begroting. */
    static BegrotingTabel of(Begroting b, String naam) {
        return build(naam, true, b.jaren(), (jaar, post) -> {
            var regel = b.regels().stream().filter(r -> r.jaar() == jaar && r.post() == post).findFirst();
            return new Cel(regel.map(BegrotingRegel::bedrag).orElse(Cents.zero()),
                    regel.map(BegrotingRegel::afleiding).orElse(null));
        });
    }

    private record Cel(BigDecimal bedrag, String afleiding) {
    }

    private interface Bron {
        Cel cel(int jaar, Begrotingspost post);
    }

    private static BegrotingTabel build(String naam, boolean basis, List<Integer> jaren, Bron bron) {
        List<Rij> baten = rows(jaren, Begrotingspost.baten(), bron);
        List<Rij> lasten = rows(jaren, Begrotingspost.lasten(), bron);
        List<BigDecimal> totaalBaten = totals(jaren, baten);
        List<BigDecimal> totaalLasten = totals(jaren, lasten);
        List<BigDecimal> resultaat = new ArrayList<>();
        for (int i = 0; i < jaren.size(); i++) {
            resultaat.add(totaalBaten.get(i).subtract(totaalLasten.get(i)));
        }
        return new BegrotingTabel(naam, basis, jaren, baten, totaalBaten, lasten, totaalLasten, resultaat);
    }

    private static List<Rij> rows(List<Integer> jaren, List<Begrotingspost> posts, Bron bron) {
        List<Rij> rows = new ArrayList<>();
        for (Begrotingspost post : posts) {
            List<BigDecimal> bedragen = new ArrayList<>();
            List<String> afleidingen = new ArrayList<>();
            for (int jaar : jaren) {
                Cel cel = bron.cel(jaar, post);
                bedragen.add(cel.bedrag());
                afleidingen.add(cel.afleiding());
            }
            rows.add(new Rij(post, bedragen, afleidingen));
        }
        return rows;
    }

    private static List<BigDecimal> totals(List<Integer> jaren, List<Rij> rows) {
        List<BigDecimal> totals = new ArrayList<>();
        for (int i = 0; i < jaren.size(); i++) {
            BigDecimal sum = Cents.zero();
            for (Rij r : rows) {
                sum = sum.add(r.bedragen().get(i));
            }
            totals.add(sum);
        }
        return totals;
    }
}
