/**
 * Documents: official letters as accessible PDF. {@link nl.passend.documents.PdfRenderer} turns a
 * Thymeleaf template under {@code templates/documents/} into a tagged PDF (PDF/UA) with embedded fonts;
 * {@link nl.passend.documents.Hashes} fingerprints the bytes so a stored letter can be shown unchanged.
 * Letter models such as {@link nl.passend.documents.TlvBeschikkingLetter} carry only what the letter prints.
 */
package nl.passend.documents;
