package nl.passend.tlv;

/** The state of a granted TLV in the register: actief, verlopen (end date passed), ingetrokken (replaced or revoked). */
public enum TlvStatus { ACTIEF, VERLOPEN, INGETROKKEN }
