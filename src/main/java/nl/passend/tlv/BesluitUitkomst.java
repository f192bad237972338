package nl.passend.tlv;

/** The outcome of a decision on a TLV request. */
public enum BesluitUitkomst { TOEGEKEND, AFGEWEZEN }
