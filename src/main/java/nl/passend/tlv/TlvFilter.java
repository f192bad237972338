package nl.passend.tlv;

import java.time.LocalDate;
import java.util.UUID;

/** Register filter; every field optional. {@code eindeVoor}: TLVs ending on or before this date. */
public record TlvFilter(UUID schoolId, TlvType type, Bekostigingscategorie categorie, TlvStatus status,
                        LocalDate eindeVoor, UUID leerlingId) {

    public static TlvFilter none() {
        return new TlvFilter(null, null, null, null, null, null);
    }
}
