/**
 * OSO: import of the Edustandaard OSO ‘aanvraag SWV-dossier’ (gegevensset 2019.1, overstap POSWV or
 * VOSWV) that a school's LAS exports (PRODUCT.md 3.11). The dossier is read with a hardened XML parser,
 * checked (namespace, version, kind of transfer, required parts) and refused when it carries a bsn or
 * onderwijsnummer. A preview shows what will be created; on confirmation the pupil and parents are
 * created or updated (dossier), the groeidocument is prefilled with the attachments and the parents'
 * inzage data become consent records (groeidocument), and a concept aanvraag extra ondersteuning is
 * made (arrangement). Every import is kept by the SHA-256 of the document, so the same dossier never
 * creates anything twice and a later dossier of the same pupil updates it.
 */
package nl.passend.oso;
