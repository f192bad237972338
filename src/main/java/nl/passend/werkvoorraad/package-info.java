/**
 * Werkvoorraad: every open step of a case with its owner and due date (PRODUCT.md principle 5,
 * "deadlines are visible"). Case modules open and close {@link nl.passend.werkvoorraad.Deadline}s through
 * {@link nl.passend.werkvoorraad.DeadlineService}; a daily job marks steps near or past their date on
 * the owner's worklist.
 */
package nl.passend.werkvoorraad;
