package nl.passend.groeidocument.web;

import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;

import org.springframework.stereotype.Component;

/**
 * What the pupil page (served by another module) asks to show the links to the groeidocument, the OPP
 * and the parent's consent page: {@code ${@groeidocumentLinks.canRead()}} in the template.
 */
@Component("groeidocumentLinks")
public class GroeidocumentLinks {

    public boolean canRead() {
        return CurrentUsers.find().map(u -> u.can(Permission.GROEIDOCUMENT_READ)).orElse(false);
    }

    public boolean canGiveConsent() {
        return CurrentUsers.find().map(u -> u.can(Permission.TOESTEMMING_GEVEN)).orElse(false);
    }
}
