package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.List;

/** The outcome of one component: its total and the parts, which add up exactly to the total. */
public record ComponentUitkomst(ModelComponent component, BigDecimal totaal, List<Toedeling> toedelingen) {

    public ComponentUitkomst {
        toedelingen = List.copyOf(toedelingen);
    }
}
