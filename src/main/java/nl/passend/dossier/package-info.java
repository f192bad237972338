/**
 * Dossier: the leerling (pupil) and the ouders/verzorgers (PRODUCT.md 3.2), found by a fast search
 * for users who may see the pupil. No BSN or onderwijsnummer is ever stored. {@link nl.passend.dossier.PupilScope}
 * is the one place that says which pupils and cases a user may see; other modules use it in their SQL.
 * The groeidocument, the OPP and consent records live in module {@code groeidocument}, which uses the
 * werkvoorraad for the OPP's terms (werkvoorraad itself depends on this module).
 */
package nl.passend.dossier;
