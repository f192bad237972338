package nl.passend.finance;

/**
 * Where a bekostigingstelling comes from: derived from Passend's own leerlingtellingen (BASIS) or TLV
 * register (SBO, SO), imported from DUO's counts, or typed in by the controller.
 */
public enum BekostigingstellingBron {
    LEERLINGTELLING,
    TLV_REGISTER,
    DUO,
    HANDMATIG
}
