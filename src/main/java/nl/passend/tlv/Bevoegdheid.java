package nl.passend.tlv;

import nl.passend.organisation.SchoolSoort;
import nl.passend.dossier.Woonachtig;
import nl.passend.shared.PassendException;

/**
 * Why this SWV is the one to decide (WPO art. 40 lid 8, WEC art. 40): the pupil is enrolled at one of its
 * regular schools; otherwise the pupil lives in its region; otherwise (living abroad) the S(B)O school
 * that is asked to admit the pupil belongs to it.
 */
public enum Bevoegdheid {
    INGESCHREVEN_SCHOOL, WOONPLAATS, SBO_SCHOOL;

    /**
     * Decides competence from the pupil's current school in this SWV's register (a regular school, an
     * S(B)O school where the pupil is registered, or none known) and the place of residence.
     * Refuses with {@code tlv-not-competent} when another SWV decides.
     */
    public static Bevoegdheid determine(SchoolSoort currentSchoolSoort, Woonachtig woonachtig) {
        if (currentSchoolSoort == SchoolSoort.BAO) {
            return INGESCHREVEN_SCHOOL;
        }
        return switch (woonachtig) {
            case SWV -> WOONPLAATS;
            case BUITENLAND -> {
                if (currentSchoolSoort == SchoolSoort.SBO || currentSchoolSoort == SchoolSoort.SO) {
                    yield SBO_SCHOOL;
                }
                throw new PassendException.RuleViolation("tlv-not-competent");
            }
            case ELDERS -> throw new PassendException.RuleViolation("tlv-not-competent");
        };
    }
}
