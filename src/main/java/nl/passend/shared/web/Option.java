package nl.passend.shared.web;

/** One choice in a select list: the submitted value and the visible label. */
public record Option(String value, String label) {
}
