/**
 * Groeidocument and ontwikkelingsperspectief (OPP) of a pupil, with the parents' consent records
 * (PRODUCT.md 3.2, 3.3). The {@link nl.passend.groeidocument.GroeidocumentVersie} holds the support
 * question from every perspective and grows by immutable versions; attachments
 * ({@link nl.passend.groeidocument.Bijlage}) are shown outside the school only with a given
 * {@link nl.passend.groeidocument.Toestemming} for that recipient. The {@link nl.passend.groeidocument.Opp}
 * follows WPO art. 40a: its handelingsdeel is set only after the parents' instemming, the 6-week term
 * after enrolment and the yearly evaluation are deadlines on the IB's worklist.
 */
package nl.passend.groeidocument;
