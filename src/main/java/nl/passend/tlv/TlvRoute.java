package nl.passend.tlv;

/**
 * How a request reaches the SWV (PRODUCT.md 3.4 "Routes"): standard; voorschools (a young child from a
 * voorschoolse voorziening, filed by the receiving S(B)O school); EMB (ernstig meervoudig beperkt,
 * simplified when the SWV allows one advice); grensverkeer (a pupil living in another SWV's region);
 * verlenging (renewal of an expiring TLV, new advice round); tijdelijke plaatsing (10-20 weeks of
 * observation in S(B)O).
 */
public enum TlvRoute { STANDAARD, VOORSCHOOLS, EMB, GRENSVERKEER, VERLENGING, TIJDELIJKE_PLAATSING }
