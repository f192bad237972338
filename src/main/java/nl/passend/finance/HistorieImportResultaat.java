package nl.passend.finance;

import java.util.List;

/**
 * The report of a history import: either every line was accepted and {@link #jaren()} were stored
 * (each replacing what was stored for that year), or nothing was stored and {@link #meldingen()} says
 * per line what is wrong.
 *
 * @param regels the number of post lines read (without the header and the TOTAAL line)
 */
public record HistorieImportResultaat(List<Melding> meldingen, List<Integer> jaren, int regels) {

    public HistorieImportResultaat {
        meldingen = List.copyOf(meldingen);
        jaren = List.copyOf(jaren);
    }

    public boolean geslaagd() {
        return meldingen.isEmpty();
    }

    /**
     * One problem: the line number in the file (null for the file as a whole) and a code whose Dutch text
     * is {@code finance.historie.fout.<code>} with {@link #argumenten()}.
     */
    public record Melding(Integer regel, String code, List<Object> argumenten) {

        public Melding {
            argumenten = List.copyOf(argumenten);
        }

        public String messageKey() {
            return "finance.historie.fout." + code;
        }

        public Object[] args() {
            return argumenten.toArray();
        }
    }
}
