package nl.passend.arrangement;

/**
 * The SWV's settings for extra ondersteuning: whether the schoolbestuur approves (fiatteert) an aanvraag
 * before it reaches the SWV. Off by default.
 */
public record ArrangementSettings(boolean fiatBestuur) {

    public static final ArrangementSettings DEFAULTS = new ArrangementSettings(false);
}
