/**
 * Extra ondersteuning (PRODUCT.md 3.3; seeds 000 §11.4, 001 §4): a school's
 * {@link nl.passend.arrangement.Ondersteuningsaanvraag} (aanvraag extra ondersteuning) for a pupil or a
 * group, on one of three routes, with the pupil's groeidocument version attached; optional fiat of the
 * schoolbestuur (an SWV setting); handling by a consulent with requests for information; the MDO with
 * its agreed evaluation moments; the besluit (toegekend, afgewezen, aangehouden, with grounds); the granted
 * {@link nl.passend.arrangement.Arrangement} with its beschikkingsnummer, charged to the werkgebied budget
 * or a central post (over budget is allowed with a reason: money never blocks a needed intervention); and
 * the evaluation with the parents that closes or extends it. Provider invoices and the monthly settlement
 * per schoolbestuur (Factuur, Verrekening) live here too. See docs/specs/arrangement.md.
 */
package nl.passend.arrangement;
