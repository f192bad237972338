package nl.passend.finance.web;

import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelStatus;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

/**
 * What the signed-in user may do with a verdeelmodel now, decided here once; templates only show or
 * hide. Changing needs FINANCE_MANAGE and a concept; the OPR's consent and vaststellen need FINANCE_ADOPT
 * and the state the process allows.
 */
public record VerdeelmodelActies(boolean bewerken, boolean oprInstemming, boolean vaststellen, boolean nieuweVersie) {

    static VerdeelmodelActies of(CurrentUser user, Verdeelmodel model) {
        boolean manage = user.can(Permission.FINANCE_MANAGE);
        boolean adopt = user.can(Permission.FINANCE_ADOPT);
        return new VerdeelmodelActies(manage && model.status().isChangeable(),
                adopt && model.status().canMoveTo(VerdeelmodelStatus.OPR_INSTEMMING) && !model.componenten().isEmpty(),
                adopt && model.status().canMoveTo(VerdeelmodelStatus.VASTGESTELD),
                manage);
    }
}
