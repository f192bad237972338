package nl.passend.finance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart drawn on the server as inline SVG: geometry only (the template adds the title, description,
 * labels and the table with the same figures). Coordinates are SVG user units in a
 * {@link #BREEDTE} x {@link #HOOGTE} view box; y grows downwards.
 *
 * @param nulY the y of the zero line
 */
public record Grafiek(String id, List<Tick> ticks, List<Staaf> staven, List<XLabel> xLabels, List<Reeks> reeksen,
                      List<Punt> lijn, int nulY) {

    public static final int BREEDTE = 720;
    public static final int HOOGTE = 320;
    public static final int LINKS = 110;
    public static final int RECHTS = 16;
    public static final int BOVEN = 16;
    public static final int ONDER = 40;

    public Grafiek {
        ticks = List.copyOf(ticks);
        staven = List.copyOf(staven);
        xLabels = List.copyOf(xLabels);
        reeksen = List.copyOf(reeksen);
        lijn = List.copyOf(lijn);
    }

    public int plotLinks() {
        return LINKS;
    }

    public int plotRechts() {
        return BREEDTE - RECHTS;
    }

    /** The polyline of the line series, as SVG points (‘x,y x,y ...’); empty when there is none. */
    public String lijnPunten() {
        StringBuilder s = new StringBuilder();
        for (Punt p : lijn) {
            s.append(s.isEmpty() ? "" : " ").append(p.x()).append(',').append(p.y());
        }
        return s.toString();
    }

    /** A gridline with its value. */
    public record Tick(int y, BigDecimal waarde) {
    }

    /** A bar: one value of one series in one year. */
    public record Staaf(int x, int y, int breedte, int hoogte, String kleur, String labelKey, int jaar, BigDecimal waarde) {
    }

    /** A year under the x axis. */
    public record XLabel(int x, int jaar) {
    }

    /** A series in the legend: its colour and the message key of its name. */
    public record Reeks(String kleur, String labelKey, boolean lijn) {
    }

    /** A point of the line series. */
    public record Punt(int x, int y, int jaar, BigDecimal waarde) {
    }
}
