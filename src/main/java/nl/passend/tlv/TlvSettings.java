package nl.passend.tlv;

/**
 * The SWV's TLV settings (PRODUCT.md section 4): whether an EMB request needs one advice only, how many
 * months before the end an expiring TLV is signalled, and how many years health data are kept.
 * The decision term is the law's (Awb 4:13), not a setting.
 */
public record TlvSettings(boolean embEenAdvies, int signaalMaanden, int bewaartermijnJaren) {

    public static final TlvSettings DEFAULTS = new TlvSettings(false, 6, 3);
}
