package nl.passend.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.passend.finance.HistorieImportResultaat.Melding;
import nl.passend.finance.calc.Cents;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads historical actuals in the wide format of the lasten table in the annual accounts (seed 000
 * §10): a header {@code post;2017;2018;...}, then one line per post with an amount per year, and
 * optionally total rows whose amounts must equal the column sums (see below). Separator
 * {@code ;}, amounts in Dutch notation ({@code 3.736.323,00}, {@code 3736323}, a euro sign and spaces
 * are ignored; {@code -} is zero); an empty cell means ‘no figure for that year’. A post is named by
 * its label (Regulier, SBO, SO, Werkgebieden, OZA, Management &amp; organisatie,
 * Uitvoeringsorganisatie, ...) or its code (REGULIER, MANAGEMENT_ORGANISATIE, ...).
 * <p>
 * Totals are checked per side, as the annual accounts state them: a row {@code TOTAAL BATEN} must
 * equal per year the sum of the baten posts in the file, {@code TOTAAL LASTEN} the sum of the lasten
 * posts, each row at most once. A plain {@code TOTAAL} is the sum of every post in the file, so it is
 * only accepted in a file with one side (only baten or only lasten): in a file with both it is refused
 * ({@code totaal-gemengd}), because baten plus lasten is no figure of the accounts. A total row needs a
 * figure for every year of the header. The wide format
 * was chosen over a long one (jaar;post;bedrag) because it is how the figures are published and it
 * lets the stated column totals be checked. Only filled cells are read: importing stores exactly those
 * (jaar, post) cells and leaves every other stored figure alone ({@link HistorieService}), so the
 * lasten and the baten of the same years may come from separate files. Pure: no Spring, no database.
 */
final class HistorieCsv {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
            .setTrim(true).get();
    private static final Pattern DUTCH_GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern DUTCH_PLAIN = Pattern.compile("-?\\d+(,\\d{1,2})?");
    private static final Map<String, Begrotingspost> POSTEN = posten();
    /** The total rows, by their normalised label: of the whole file, of the baten, of the lasten. */
    private static final Map<String, Zijde> TOTALEN = Map.of("totaal", Zijde.ALLES,
            "totaalbaten", Zijde.BATEN, "totalebaten", Zijde.BATEN,
            "totaallasten", Zijde.LASTEN, "totalelasten", Zijde.LASTEN);

    /** What a total row adds up: every post in the file, the baten posts or the lasten posts. */
    private enum Zijde {
        ALLES,
        BATEN,
        LASTEN
    }

    private record Totaal(int regel, Map<Integer, BigDecimal> bedragen) {
    }

    /** What the file holds when it is valid: an amount per year per post (only the cells that were filled). */
    record Inhoud(Map<Integer, Map<Begrotingspost, BigDecimal>> perJaar, int regels) {
    }

    record Uitkomst(Inhoud inhoud, List<Melding> meldingen) {
    }

    private HistorieCsv() {
    }

    static Uitkomst lees(String text) {
        List<Melding> meldingen = new ArrayList<>();
        String content = text == null ? "" : text.replace("\uFEFF", "");
        List<String> lines = content.lines().toList();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            meldingen.add(new Melding(null, "leeg", List.of()));
            return new Uitkomst(null, meldingen);
        }
        List<String> kop = cells(lines.get(header));
        List<Integer> jaren = new ArrayList<>();
        if (kop.size() < 2 || !List.of("post", "categorie").contains(kop.get(0).toLowerCase(Locale.ROOT))) {
            meldingen.add(new Melding(header + 1, "kop", List.of()));
            return new Uitkomst(null, meldingen);
        }
        for (String cell : kop.subList(1, kop.size())) {
            Integer jaar = jaar(cell);
            if (jaar == null) {
                meldingen.add(new Melding(header + 1, "jaar-ongeldig", List.of(cell)));
            } else if (jaren.contains(jaar)) {
                meldingen.add(new Melding(header + 1, "jaar-dubbel", List.of(cell)));
            }
            jaren.add(jaar);
        }
        if (!meldingen.isEmpty()) {
            return new Uitkomst(null, meldingen);
        }

        Map<Integer, Map<Begrotingspost, BigDecimal>> perJaar = new LinkedHashMap<>();
        jaren.forEach(j -> perJaar.put(j, new LinkedHashMap<>()));
        Map<Zijde, Map<Integer, BigDecimal>> kolomSom = new EnumMap<>(Zijde.class);
        Map<Zijde, Totaal> totalen = new EnumMap<>(Zijde.class);
        Map<Begrotingspost, Integer> gezien = new HashMap<>();
        int regels = 0;
        for (int i = header + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int regel = i + 1;
            List<String> row = cells(lines.get(i));
            if (row.size() != kop.size()) {
                meldingen.add(new Melding(regel, "kolommen", List.of(row.size(), kop.size())));
                continue;
            }
            String label = row.get(0);
            Zijde totaalZijde = TOTALEN.get(normalise(label));
            boolean isTotaal = totaalZijde != null;
            Begrotingspost post = isTotaal ? null : POSTEN.get(normalise(label));
            if (!isTotaal && post == null) {
                meldingen.add(new Melding(regel, "post-onbekend", List.of(label)));
                continue;
            }
            if (isTotaal && totalen.containsKey(totaalZijde)) {
                meldingen.add(new Melding(regel, "totaal-dubbel", List.of(label)));
                continue;
            }
            if (post != null && gezien.containsKey(post)) {
                meldingen.add(new Melding(regel, "post-dubbel", List.of(label, gezien.get(post))));
                continue;
            }
            Map<Integer, BigDecimal> bedragen = new LinkedHashMap<>();
            boolean fout = false;
            for (int c = 1; c < row.size(); c++) {
                String cell = row.get(c);
                if (cell.isBlank()) {
                    continue;
                }
                BigDecimal bedrag = bedrag(cell);
                if (bedrag == null) {
                    meldingen.add(new Melding(regel, "bedrag-ongeldig", List.of(cell, String.valueOf(jaren.get(c - 1)))));
                    fout = true;
                } else {
                    bedragen.put(jaren.get(c - 1), bedrag);
                }
            }
            if (fout) {
                continue;
            }
            if (isTotaal) {
                totalen.put(totaalZijde, new Totaal(regel, bedragen));
            } else {
                regels++;
                gezien.put(post, regel);
                Zijde zijde = post.isBaten() ? Zijde.BATEN : Zijde.LASTEN;
                bedragen.forEach((jaar, bedrag) -> {
                    perJaar.get(jaar).put(post, bedrag);
                    for (Zijde z : List.of(Zijde.ALLES, zijde)) {
                        kolomSom.computeIfAbsent(z, k -> new HashMap<>()).merge(jaar, bedrag, BigDecimal::add);
                    }
                });
            }
        }
        if (regels == 0 && meldingen.isEmpty()) {
            meldingen.add(new Melding(null, "geen-regels", List.of()));
        }
        Totaal totaal = totalen.get(Zijde.ALLES);
        if (totaal != null && meldingen.isEmpty() && gezien.keySet().stream().anyMatch(Begrotingspost::isBaten)
                && gezien.keySet().stream().anyMatch(p -> !p.isBaten())) {
            meldingen.add(new Melding(totaal.regel(), "totaal-gemengd", List.of()));
        }
        if (meldingen.isEmpty()) {
            totalen.forEach((zijde, t) -> {
                for (Integer jaar : jaren) {
                    BigDecimal som = Cents.of(kolomSom.getOrDefault(zijde, Map.of()).getOrDefault(jaar, BigDecimal.ZERO));
                    BigDecimal verwacht = t.bedragen().get(jaar);
                    if (verwacht == null) {
                        meldingen.add(new Melding(t.regel(), "totaal-ontbreekt", List.of(String.valueOf(jaar))));
                    } else if (verwacht.compareTo(som) != 0) {
                        meldingen.add(new Melding(t.regel(), "totaal-wijkt-af",
                                List.of(String.valueOf(jaar), verwacht, som)));
                    }
                }
            });
        }
        if (!meldingen.isEmpty()) {
            return new Uitkomst(null, meldingen);
        }
        perJaar.values().removeIf(Map::isEmpty);
        return new Uitkomst(new Inhoud(perJaar, regels), List.of());
    }

    private static List<String> cells(String line) {
        try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return List.of();
            }
            return records.get(0).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(line);
        }
    }

    private static Integer jaar(String cell) {
        if (!cell.matches("\\d{4}")) {
            return null;
        }
        int jaar = Integer.parseInt(cell);
        return jaar >= 2000 && jaar <= 2100 ? jaar : null;
    }

    /** A Dutch amount, or null when the text is not one; more than two decimals are refused, not rounded. */
    static BigDecimal bedrag(String cell) {
        String s = cell.replace("€", "").replace("\u00A0", "").replace(" ", "").strip();
        if (s.equals("-")) {
            return Cents.zero();
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            s = "-" + s.substring(1, s.length() - 1);
        }
        if (!DUTCH_GROUPED.matcher(s).matches() && !DUTCH_PLAIN.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s.replace(".", "").replace(',', '.')).setScale(2);
    }

    private static String normalise(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", "en");
        return s.replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, Begrotingspost> posten() {
        Map<String, Begrotingspost> posten = new HashMap<>();
        for (Begrotingspost p : Begrotingspost.values()) {
            posten.put(normalise(p.name()), p);
        }
        posten.put("regulierbasisenlichteondersteuning", Begrotingspost.REGULIER);
        posten.put("onderwijszorgarrangementen", Begrotingspost.OZA);
        posten.put("managementenorganisatie", Begrotingspost.MANAGEMENT_ORGANISATIE);
        posten.put("rijksbijdragelichteondersteuning", Begrotingspost.RIJKSBIJDRAGE_LICHT);
        posten.put("rijksbijdragezwareondersteuning", Begrotingspost.RIJKSBIJDRAGE_ZWAAR);
        posten.put("geoormerktesubsidies", Begrotingspost.SUBSIDIE);
        posten.put("subsidies", Begrotingspost.SUBSIDIE);
        return Map.copyOf(posten);
    }
}
