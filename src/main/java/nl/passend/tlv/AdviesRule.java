package nl.passend.tlv;

import java.util.List;

import nl.passend.shared.PassendException;

/**
 * WPO art. 18a lid 11: the SWV decides only after advice of at least two deskundigen, one of them an
 * orthopedagoog or psycholoog and another one of the disciplines the law lists for the second
 * deskundige ({@link Discipline#isTweedeDeskundige()}). For an EMB request an SWV may, by its own configuration, decide on one
 * advice (still an orthopedagoog's or psycholoog's): the simplified EMB procedure of PRODUCT.md 3.4.
 */
public final class AdviesRule {

    private AdviesRule() {
    }

    public static void requireSufficient(List<Advies> advices, TlvRoute route, TlvSettings settings) {
        int needed = route == TlvRoute.EMB && settings.embEenAdvies() ? 1 : 2;
        if (advices.size() < needed) {
            throw new PassendException.RuleViolation("tlv-advices-too-few");
        }
        if (advices.stream().noneMatch(a -> a.discipline().isOrthopedagoogOfPsycholoog())) {
            throw new PassendException.RuleViolation("tlv-advice-orthopedagoog-missing");
        }
        if (needed == 2 && !hasPair(advices)) {
            throw new PassendException.RuleViolation("tlv-advice-second-deskundige-missing");
        }
    }

    /** Two different advices: one by an orthopedagoog or psycholoog, another by a second deskundige. */
    private static boolean hasPair(List<Advies> advices) {
        for (Advies first : advices) {
            for (Advies second : advices) {
                if (first != second && first.discipline().isOrthopedagoogOfPsycholoog()
                        && second.discipline().isTweedeDeskundige()) {
                    return true;
                }
            }
        }
        return false;
    }
}
