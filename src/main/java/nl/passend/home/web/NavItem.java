package nl.passend.home.web;

/** One link in the main navigation: message key and path. */
public record NavItem(String labelKey, String href) {
}
