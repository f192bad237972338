package nl.passend.bezwaar;

/**
 * The outcome of a bezwaar, as the advisory committee advises it and as the board decides it:
 * gegrond (the decision is revoked and a new one taken, Awb 7:11 lid 2), ongegrond (the decision stands)
 * or niet-ontvankelijk (not dealt with on its merits, e.g. lodged too late without excuse, Awb 6:11).
 */
public enum BezwaarUitkomst { GEGROND, ONGEGROND, NIET_ONTVANKELIJK }
