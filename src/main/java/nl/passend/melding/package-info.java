/**
 * Melding: in-app notifications, and an e-mail without personal data, to the people who must act or be
 * told when a case moves (PRODUCT.md principle 1: an e-mail says that something changed and links to
 * it). Reacts to the events of other modules after their commit; a melding holds a kind and a link,
 * never content.
 */
package nl.passend.melding;
