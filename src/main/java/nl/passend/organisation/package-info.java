/**
 * Organisatie: the register of an SWV (PRODUCT.md 3.1) — the samenwerkingsverband itself (the
 * tenant), werkgebieden, schoolbesturen, scholen, gemeenten and leerlingtellingen. Services here are
 * the module's API; {@code web} holds its screens and API endpoints.
 */
package nl.passend.organisation;
