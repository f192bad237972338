package nl.passend.arrangement;

/**
 * The route of an aanvraag extra ondersteuning (seed 001 §4): route 1, individual or group support at
 * one school; route 2, the same need shared by schools of a werkgebied; route 3, an innovation project.
 */
public enum OndersteuningsRoute {
    ROUTE_1, ROUTE_2, ROUTE_3
}
