package nl.passend.tlv;

/** Speciaal basisonderwijs (WPO) or speciaal onderwijs cluster 3/4 (WEC). */
public enum TlvType { SBO, SO }
