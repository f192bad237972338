package nl.passend.tlv;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request for a TLV (PRODUCT.md 3.4 "Aanvraag"), filed by the school where the pupil is enrolled or
 * registered. {@code gronden}, {@code mdoUitkomst} and {@code zienswijzeOuders} are health details:
 * null for readers without {@code TLV_HEALTH_READ}. Redacts itself in {@link #toString()}.
 */
public record TlvAanvraag(UUID id, UUID leerlingId, String leerlingNaam, LocalDate leerlingGeboortedatum, UUID schoolId,
                          String schoolNaam, UUID ontvangendeSchoolId, TlvRoute route, Bevoegdheid bevoegdheid,
                          TlvType gevraagdType, Bekostigingscategorie gevraagdeCategorie, LocalDate gevraagdeIngangsdatum,
                          LocalDate gevraagdeEinddatum, String gronden, LocalDate mdoDatum, String mdoUitkomst,
                          String zienswijzeOuders, boolean oudersAkkoord, String redenZonderInstemming,
                          UUID vorigeTlvId, TlvAanvraagStatus status, String aanvullingVraag, LocalDate ingediendOp,
                          LocalDate beslistermijn, LocalDate compleetOp, int version) {

    TlvAanvraag withoutHealthDetails() {
        return new TlvAanvraag(id, leerlingId, leerlingNaam, leerlingGeboortedatum, schoolId, schoolNaam,
                ontvangendeSchoolId, route, bevoegdheid, gevraagdType, gevraagdeCategorie, gevraagdeIngangsdatum,
                gevraagdeEinddatum, null, mdoDatum, null, null, oudersAkkoord, null, vorigeTlvId, status, null,
                ingediendOp, beslistermijn, compleetOp, version);
    }

    @Override
    public String toString() {
        return "TlvAanvraag[" + id + ", " + status + "]";
    }
}
