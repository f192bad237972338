package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;

/**
 * One line of a computation with its derivation: the rule ({@code code}, stable kebab-case, label
 * key {@code finance.regel.<code>}), the post it lands on (null for an information line, whose
 * {@code bedrag} is then informative only and not part of any total), the amount, the normbedrag
 * used (id and value; null where none), the count and its teldatum (null where none) and the legal
 * source.
 */
public record BerekeningRegel(String code, Begrotingspost post, BigDecimal bedrag, UUID normbedragId,
        BigDecimal normbedrag, Integer aantal, LocalDate teldatum, String bron) {
}
