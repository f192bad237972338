package nl.passend.finance;

import java.util.Arrays;
import java.util.List;

/**
 * The result of importing DUO counts: all lines stored, or, when any line is wrong, nothing stored
 * and one finding per wrong line (line number, code, the arguments of its Dutch message
 * {@code error.<code>}).
 */
public record BekostigingstellingImport(List<Bekostigingstelling> opgeslagen, List<Regelfout> fouten) {

    public boolean geslaagd() {
        return fouten.isEmpty();
    }

    /** One wrong line of the file; {@code regel} counts from 1, the header included. */
    public record Regelfout(long regel, String code, Object[] argumenten) {

        public String messageKey() {
            return "error." + code;
        }

        @Override
        public Object[] argumenten() {
            return Arrays.copyOf(argumenten, argumenten.length);
        }
    }
}
